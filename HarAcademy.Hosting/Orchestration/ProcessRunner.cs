using System.Diagnostics;

namespace HarAcademy.Hosting.Orchestration;

/// <summary>A command to run to completion (initdb, chown).</summary>
public sealed record ProcessStartInfoSpec(string FileName, IReadOnlyList<string> Arguments);

public static class ProcessRunner
{
    /// <summary>Runs a command and throws with its output when it fails, so the cause reaches the log in one place.</summary>
    public static async Task<string> RunToCompletionAsync(ProcessStartInfoSpec spec, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(spec.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in spec.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {spec.FileName}.");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var error = process.StandardError.ReadToEndAsync(deadline.Token);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{spec.FileName} did not finish within {timeout.TotalSeconds:0} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{spec.FileName} {string.Join(' ', spec.Arguments)} failed with exit code {process.ExitCode}: {(await error).Trim()}");
        }

        return await output;
    }
}
