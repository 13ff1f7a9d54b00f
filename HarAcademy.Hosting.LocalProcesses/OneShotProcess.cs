using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace HarAcademy.Hosting.LocalProcesses;

/// <summary>A short preparation command (initdb, chown) run to completion, its output sent to the resource's log.</summary>
internal static class OneShotProcess
{
    public static async Task RunAsync(string fileName, IEnumerable<string> arguments, ILogger log, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"'{fileName}' did not start.");
        process.OutputDataReceived += (_, line) => LogLine(log, line.Data);
        process.ErrorDataReceived += (_, line) => LogLine(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true); // the AppHost is stopping: leave nothing half-done running
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{fileName} {string.Join(' ', startInfo.ArgumentList)}' exited with code {process.ExitCode} (its output is in the resource's log).");
        }
    }

    private static void LogLine(ILogger log, string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            log.LogInformation("{Line}", line);
        }
    }
}
