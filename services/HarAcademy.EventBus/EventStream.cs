using StackExchange.Redis;

namespace HarAcademy.EventBus;

/// <summary>
/// The Redis stream every service publishes its integration events to. Entries are removed by the stream trimmer once
/// every consumer group has handled them, never before (<see cref="Trimming.StreamTrimmer"/>).
/// </summary>
public static class EventStream
{
    public const string Name = "har:events";

    /// <summary>
    /// The length the stream is cut to while no consumer group exists (nobody would ever read older entries), and
    /// beyond which the trimmer warns about the group that keeps it that long (a lagging or abandoned group: its
    /// unread entries are kept however many there are).
    /// </summary>
    public const int MaxLength = 100_000;

    /// <summary>Pub/sub channel the relay notifies after adding entries, so consumers read at once instead of polling.</summary>
    public static readonly RedisChannel PublishedChannel = RedisChannel.Literal("har:events:published");
}
