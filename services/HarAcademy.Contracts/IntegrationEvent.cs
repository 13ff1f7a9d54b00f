namespace HarAcademy.Contracts;

/// <summary>
/// Something that happened in one service that others may react to. Delivered at least once through the
/// producer's outbox and the Redis stream; consumers deduplicate by <see cref="EventId"/>.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();
    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The stable name consumers dispatch on (the record's name; renaming one is a breaking change).</summary>
    public string EventType => GetType().Name;
}
