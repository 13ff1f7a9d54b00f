using System.Diagnostics;

namespace HarAcademy.Hosting.Orchestration;

/// <summary>The few user and file-ownership facts the engine needs to run PostgreSQL as its own user under root.</summary>
public static class OperatingSystemUser
{
    public static bool IsRoot => Environment.UserName == "root";

    public static bool Exists(string user) =>
        File.ReadLines("/etc/passwd").Any(line => line.StartsWith(user + ":", StringComparison.Ordinal));

    /// <summary>The command line that runs <paramref name="command"/> as <paramref name="user"/> (through runuser), or as is when null.</summary>
    public static string[] CommandLineAs(string? user, string command, IEnumerable<string> arguments) =>
        user is null ? [command, .. arguments] : ["runuser", "-u", user, "--", command, .. arguments];

    public static void GiveTo(string user, params string[] paths) =>
        Run("chown", ["-R", $"{user}:{user}", .. paths]);

    /// <summary>Fails with a clear message when <paramref name="user"/> cannot reach <paramref name="directory"/> (a parent lacks search permission).</summary>
    public static void EnsureCanReach(string user, string directory)
    {
        if (Run("runuser", ["-u", user, "--", "test", "-w", directory, "-a", "-x", directory]) != 0)
        {
            throw new InvalidOperationException(
                $"the '{user}' user cannot reach {directory}: give every parent folder search permission (chmod o+x) or pass --data-dir with a folder it can reach");
        }
    }

    private static int Run(string fileName, string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
