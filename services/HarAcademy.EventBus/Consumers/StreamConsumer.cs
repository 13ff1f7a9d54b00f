using System.Text.Json;
using HarAcademy.Contracts;
using HarAcademy.EventBus.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace HarAcademy.EventBus.Consumers;

/// <summary>Handles one kind of integration event. Must be idempotent in effect; the consumer also skips duplicates it has seen.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Reads the event stream as one consumer group (replicas of a service share the group, so each event is handled once
/// per service), dispatches the event types it has handlers for, and acknowledges. Delivery is at least once: an
/// event whose handler failed stays pending and is claimed again; an inbox of handled event ids in Redis (kept a week)
/// turns redeliveries into no-ops.
/// </summary>
public sealed class StreamConsumer<TEvent>(
    string group,
    IConnectionMultiplexer redis,
    IServiceScopeFactory scopes,
    ILogger<StreamConsumer<TEvent>> logger) : BackgroundService where TEvent : IntegrationEvent
{
    private static readonly TimeSpan InboxLifetime = TimeSpan.FromDays(7);
    private static readonly TimeSpan RetryPendingAfter = TimeSpan.FromSeconds(30);
    private readonly string _consumer = $"{Environment.MachineName}-{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await EnsureGroupAsync();
                var handled = await ConsumeAsync(stoppingToken);
                if (handled == 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100), stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Event consumer {Group} failed a pass; retrying", group);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task EnsureGroupAsync()
    {
        try
        {
            // "$": a new group starts with events published from now on.
            await redis.GetDatabase().StreamCreateConsumerGroupAsync(EventStream.Name, group, "$", createStream: true);
        }
        catch (RedisServerException exception) when (exception.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
        {
            // Already there.
        }
    }

    private async Task<int> ConsumeAsync(CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        const string stream = EventStream.Name;
        // Events another replica took but never acknowledged (it died) come back after a while.
        var reclaimed = await database.StreamAutoClaimAsync(stream, group, _consumer, (long)RetryPendingAfter.TotalMilliseconds, "0-0", 50);
        var entries = reclaimed.ClaimedEntries.Concat(await database.StreamReadGroupAsync(stream, group, _consumer, ">", 50)).ToArray();
        foreach (var entry in entries)
        {
            if (entry["type"] == typeof(TEvent).Name && !await AlreadyHandledAsync(database, entry))
            {
                var integrationEvent = JsonSerializer.Deserialize<TEvent>((string)entry["payload"]!, OutboxModel.PayloadJson)!;
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IIntegrationEventHandler<TEvent>>().HandleAsync(integrationEvent, cancellationToken);
                await database.StringSetAsync(InboxKey(entry), "1", InboxLifetime);
            }

            await database.StreamAcknowledgeAsync(stream, group, entry.Id);
        }

        return entries.Length;
    }

    private Task<bool> AlreadyHandledAsync(IDatabase database, StreamEntry entry) => database.KeyExistsAsync(InboxKey(entry));

    private string InboxKey(StreamEntry entry) => $"inbox:{group}:{(string?)entry["id"]}";
}
