namespace HarAcademy.EventBus.Inbox;

/// <summary>Where a consumer group records the events it has handled, so a redelivered one is only acknowledged.</summary>
internal interface IEventInbox
{
    /// <summary>
    /// Runs <paramref name="handle"/> (the event's handlers, given a scope's services) unless the group has already
    /// handled <paramref name="eventId"/>. True when the handlers ran now and their effect is recorded; false for a
    /// duplicate. Throws what a handler threw, with nothing recorded: the entry stays pending and is retried.
    /// </summary>
    Task<bool> HandleOnceAsync(string eventId, string eventType, Func<IServiceProvider, Task> handle, CancellationToken cancellationToken);
}
