using System.Diagnostics;

namespace HarAcademy.AppHost.Tests.Infrastructure;

/// <summary>The AppHost as an operator runs it: its own process, from its build output, in its folder (its configuration).</summary>
public static class AppHostProcess
{
    public static string Directory => Path.Combine(Repository.Root, "HarAcademy.AppHost");

    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var assembly = Path.Combine(Directory, "bin", Repository.BuildConfiguration, "net10.0", "HarAcademy.AppHost.dll");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Directory,
        };
        foreach (var argument in (string[])[assembly, .. arguments])
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        return startInfo;
    }
}
