namespace HarAcademy.EventBus.Inbox;

/// <summary>
/// An event a consumer group has handled, in the consuming service's database: written in the same transaction as the
/// handlers' changes, so a redelivered event finds it and is only acknowledged.
/// </summary>
public sealed class InboxMessage
{
    public required string ConsumerGroup { get; set; }
    public Guid EventId { get; set; }
    public required string EventType { get; set; }
    public DateTimeOffset HandledAt { get; set; }
}
