using StackExchange.Redis;

namespace HarAcademy.EventBus;

/// <summary>
/// Cadences of the outbox relay, the stream consumers and the stream trimmer. The relay and the consumers are woken at
/// once by what they wait for (a committed outbox row in this process; a publish notice on Redis), so their polls are
/// only a fallback for wake-ups that cannot arrive (rows left by a stopped replica, a notice sent while Redis was
/// reconnecting).
/// </summary>
public sealed class EventBusOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>An event a consumer took but did not acknowledge (its handler failed, or its replica died) is retried after this.</summary>
    public TimeSpan RetryPendingAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a consumer looks for such events.</summary>
    public TimeSpan ReclaimInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a process that relays an outbox trims the stream of what every consumer group has handled.</summary>
    public TimeSpan TrimInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Test hook: runs after an entry's handlers committed and before the entry is acknowledged. A test throws from it
    /// to play a process killed in between (the entry stays pending, as it would).
    /// </summary>
    internal Func<StreamEntry, Task>? AfterCommit { get; set; }
}
