using System.Diagnostics;
using System.Runtime.InteropServices;
using HarAcademy.Hosting.Resources;

namespace HarAcademy.Hosting.Orchestration;

/// <summary>
/// One started process and everything it spawns. Each process starts through <c>setsid</c>, so it leads a new
/// session and process group: the terminal's Ctrl+C does not reach it (the engine stops resources in order),
/// and one signal to the group reaches its whole tree (runuser → postgres → its workers; node → chroma).
/// </summary>
public sealed partial class ProcessGroup : IDisposable
{
    public const int SIGINT = 2;
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;

    // Variables an engine's own environment may hold that must not leak into a child's configuration.
    private static readonly string[] InheritedPrefixesToDrop =
        ["ConnectionStrings__", "services__", "ASPNETCORE_", "OTEL_", "Parameters__"];

    private readonly Process _process;

    private ProcessGroup(Process process)
    {
        _process = process;
        Pid = process.Id;
        Exited = WaitForExitCodeAsync(process);
    }

    public int Pid { get; }

    /// <summary>Completes with the exit code when the group's leader exits.</summary>
    public Task<int> Exited { get; }

    public static ProcessGroup Start(LaunchSpec spec, Action<string, bool> onOutputLine)
    {
        var startInfo = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = spec.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in OperatingSystemUser.CommandLineAs(spec.RunAsUser, spec.FileName, spec.Arguments))
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var key in startInfo.Environment.Keys.ToArray())
        {
            if (InheritedPrefixesToDrop.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                startInfo.Environment.Remove(key);
            }
        }

        foreach (var (key, value) in spec.Environment)
        {
            startInfo.Environment[key] = value;
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) onOutputLine(line.Data, false); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) onOutputLine(line.Data, true); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ProcessGroup(process);
    }

    /// <summary>Signals the whole group; falls back to the leader alone if setsid could not make it a group leader.</summary>
    public void Signal(int signal)
    {
        var target = GetProcessGroup(Pid) == Pid ? -Pid : Pid;
        _ = Kill(target, signal);
    }

    /// <summary>Asks the group to stop with <paramref name="signal"/>, then kills it after <paramref name="grace"/>.</summary>
    public async Task StopAsync(int signal, TimeSpan grace)
    {
        if (!Exited.IsCompleted)
        {
            Signal(signal);
            await Task.WhenAny(Exited, Task.Delay(grace));
        }

        // Also reaps members that outlived the leader.
        _ = Kill(-Pid, SIGKILL);
        await Task.WhenAny(Exited, Task.Delay(TimeSpan.FromSeconds(2)));
    }

    public void Dispose() => _process.Dispose();

    private static async Task<int> WaitForExitCodeAsync(Process process)
    {
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "getpgid", SetLastError = true)]
    private static partial int GetProcessGroup(int pid);
}
