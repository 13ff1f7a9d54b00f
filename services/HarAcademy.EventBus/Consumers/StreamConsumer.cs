using HarAcademy.EventBus.Inbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HarAcademy.EventBus.Consumers;

/// <summary>
/// Reads the event stream as one consumer group (replicas of a service share the group, so each event is handled once
/// per service) and dispatches each entry to the handlers registered for its type (<see cref="EventHandlerRegistry"/>);
/// entries of other types are acknowledged unread. Delivery is at least once: an entry is acknowledged only after its
/// handlers' effect is recorded, and one whose handler failed (or whose process died first) stays pending and is claimed
/// again after <see cref="EventBusOptions.RetryPendingAfter"/>. The group's <see cref="IEventInbox"/> turns redeliveries
/// into no-ops: in the service's database for a group registered with a DbContext (the handlers' changes and the inbox
/// row commit together: exactly-once effect), in Redis otherwise. Reads happen as soon as the relay's notice arrives on
/// <see cref="EventStream.PublishedChannel"/>, otherwise every <see cref="EventBusOptions.PollInterval"/>.
/// </summary>
internal sealed class StreamConsumer(
    string group,
    IEventInbox inbox,
    EventHandlerRegistry handlers,
    IConnectionMultiplexer redis,
    IOptions<EventBusOptions> options,
    ILogger<StreamConsumer> logger) : BackgroundService
{
    private const int BatchSize = 50;
    private readonly string _consumer = $"{Environment.MachineName}-{Environment.ProcessId}";
    private readonly WakeSignal _published = new();
    private bool _subscribed;
    private bool _groupExists;
    private long _lastReclaim;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var subscriber = redis.GetSubscriber();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var published = _published.Next;
                try
                {
                    if (!_subscribed)
                    {
                        // Once: the multiplexer restores the subscription by itself after a reconnect.
                        await subscriber.SubscribeAsync(EventStream.PublishedChannel, (_, _) => _published.Pulse());
                        _subscribed = true;
                    }

                    await ConsumeAvailableAsync(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception)
                {
                    logger.LogWarning(exception, "Event consumer {Group} failed a pass; retrying", group);
                }

                // Real time, not an injected clock: cadence is plumbing, and a test's frozen clock must not stall it.
                await WakeSignal.WaitAsync(published, options.Value.PollInterval, stoppingToken);
            }
        }
        finally
        {
            if (_subscribed)
            {
                await subscriber.UnsubscribeAsync(EventStream.PublishedChannel, flags: CommandFlags.FireAndForget);
            }
        }
    }

    /// <summary>Handles what is waiting: entries to retry (now and then), then new entries until none are left.</summary>
    private async Task ConsumeAvailableAsync(CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        await EnsureGroupAsync(database);
        if (Environment.TickCount64 - _lastReclaim >= options.Value.ReclaimInterval.TotalMilliseconds)
        {
            var reclaimed = await database.StreamAutoClaimAsync(EventStream.Name, group, _consumer,
                (long)options.Value.RetryPendingAfter.TotalMilliseconds, "0-0", BatchSize);
            await HandleAsync(database, reclaimed.ClaimedEntries, cancellationToken);
            _lastReclaim = Environment.TickCount64;
        }

        StreamEntry[] entries;
        do
        {
            entries = await ReadNewAsync(database);
            await HandleAsync(database, entries, cancellationToken);
        }
        while (entries.Length == BatchSize);
    }

    private async Task<StreamEntry[]> ReadNewAsync(IDatabase database)
    {
        try
        {
            return await database.StreamReadGroupAsync(EventStream.Name, group, _consumer, ">", BatchSize);
        }
        catch (RedisServerException exception) when (exception.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
        {
            _groupExists = false; // the stream or the group was deleted (a flushed Redis): create it on the next pass
            throw;
        }
    }

    private async Task EnsureGroupAsync(IDatabase database)
    {
        if (_groupExists)
        {
            return;
        }

        try
        {
            // "$": a new group starts with events published from now on.
            await database.StreamCreateConsumerGroupAsync(EventStream.Name, group, "$", createStream: true);
        }
        catch (RedisServerException exception) when (exception.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another replica, or an earlier run, created it.
        }

        _groupExists = true;
    }

    private async Task HandleAsync(IDatabase database, StreamEntry[] entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            var eventType = (string?)entry["type"] ?? "";
            var dispatcher = handlers.Find(group, eventType);
            if (dispatcher is not null)
            {
                var eventId = (string?)entry["id"] ?? "";
                try
                {
                    var payload = (string?)entry["payload"] ?? "";
                    var handledNow = await inbox.HandleOnceAsync(eventId, eventType,
                        services => dispatcher(services, payload, cancellationToken), cancellationToken);
                    if (handledNow && options.Value.AfterCommit is { } afterCommit)
                    {
                        await afterCommit(entry);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // Left pending: claimed again after RetryPendingAfter. The entries after it go on.
                    logger.LogWarning(exception, "Handling {EventType} event {EventId} failed in {Group}; it will be retried",
                        eventType, eventId, group);
                    continue;
                }
            }

            await database.StreamAcknowledgeAsync(EventStream.Name, group, entry.Id);
        }
    }
}
