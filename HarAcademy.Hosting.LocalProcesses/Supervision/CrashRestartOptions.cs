namespace HarAcademy.Hosting.LocalProcesses.Supervision;

/// <summary>How crashed processes are brought back: exponential backoff from <see cref="FirstDelay"/> up to <see cref="MaxDelay"/>.</summary>
public sealed class CrashRestartOptions
{
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A process that stayed up this long before crashing starts again from <see cref="FirstDelay"/>.</summary>
    public TimeSpan StableAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The delay before restart number <paramref name="restart"/> (1 for the first) of a run of crashes: 1, 2, 4 … 30 s.</summary>
    public TimeSpan DelayBefore(int restart) =>
        TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, FirstDelay.Ticks * (1L << Math.Min(restart - 1, 20))));
}
