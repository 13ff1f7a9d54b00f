using Aspire.Hosting.ApplicationModel;

namespace HarAcademy.Hosting.LocalProcesses.Supervision;

/// <summary>What counts as a crash, and how long to wait before the next start (pure, so it is tested on its own).</summary>
public static class CrashPolicy
{
    /// <summary>
    /// A process went from Running straight to Finished. One asked to stop (dashboard, CLI, AppHost shutdown) passes
    /// through DCP's Stopping state first; FailedToStart (a missing program, say) is not retried, since it would fail again.
    /// </summary>
    public static bool IsCrash(string? previousState, string? state) =>
        previousState == KnownResourceStates.Running && state == KnownResourceStates.Finished;

    /// <summary>
    /// The number of this crash in the current run of crashes (1 again once the process had stayed up
    /// <see cref="CrashRestartOptions.StableAfter"/>), and the delay before starting it again.
    /// </summary>
    public static (int ConsecutiveCrashes, TimeSpan Delay) Next(CrashRestartOptions options, int consecutiveCrashes, TimeSpan ranFor)
    {
        var crashes = ranFor >= options.StableAfter ? 1 : consecutiveCrashes + 1;
        return (crashes, options.DelayBefore(crashes));
    }
}
