using StackExchange.Redis;

namespace HarAcademy.EventBus;

/// <summary>The Redis stream every service publishes its integration events to, capped at about 100 000 entries.</summary>
public static class EventStream
{
    public const string Name = "har:events";
    public const int MaxLength = 100_000;

    /// <summary>Pub/sub channel the relay notifies after adding entries, so consumers read at once instead of polling.</summary>
    public static readonly RedisChannel PublishedChannel = RedisChannel.Literal("har:events:published");
}
