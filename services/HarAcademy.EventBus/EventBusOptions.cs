namespace HarAcademy.EventBus;

/// <summary>
/// Cadences of the outbox relay and the stream consumers. Both are woken at once by what they wait for (a committed
/// outbox row in this process; a publish notice on Redis), so the polls are only a fallback for wake-ups that cannot
/// arrive (rows left by a stopped replica, a notice sent while Redis was reconnecting).
/// </summary>
public sealed class EventBusOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>An event a consumer took but did not acknowledge (its handler failed, or its replica died) is retried after this.</summary>
    public TimeSpan RetryPendingAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a consumer looks for such events.</summary>
    public TimeSpan ReclaimInterval { get; set; } = TimeSpan.FromSeconds(10);
}
