using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HarAcademy.EventBus.Outbox;

/// <summary>
/// Moves unpublished outbox rows to the Redis stream, oldest first. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c> so several replicas relay without publishing a row twice at once; a failed publish
/// is retried on the next pass (at-least-once), and consumers deduplicate by event id. A pass runs as soon as this
/// process commits outbox rows (<see cref="OutboxModel.Saved"/>), otherwise every <see cref="EventBusOptions.PollInterval"/>
/// (rows another replica left behind); after publishing, consumers are notified on <see cref="EventStream.PublishedChannel"/>.
/// </summary>
public sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IConnectionMultiplexer redis,
    TimeProvider clock,
    IOptions<EventBusOptions> options,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService where TContext : DbContext
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var saved = OutboxModel.Saved.Next;
            var relayed = 0;
            try
            {
                relayed = await RelayBatchAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Outbox relay pass failed; retrying");
            }

            if (relayed < BatchSize)
            {
                // Real time, not the injected clock: polling cadence is plumbing, and a test's frozen clock must not stall it.
                await WakeSignal.WaitAsync(saved, options.Value.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Relays one batch; returns how many rows it handled.</summary>
    public async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        // A retrying execution strategy (Aspire's default) replays the whole unit, transaction included.
        var (handled, published) = await context.Database.CreateExecutionStrategy().ExecuteAsync(
            context, (context, cancellationToken) => RelayInTransactionAsync(context, cancellationToken), verifySucceeded: null, cancellationToken);
        if (published > 0)
        {
            // Fire and forget: a lost notice only means consumers find the entries at their next poll.
            await redis.GetDatabase().PublishAsync(EventStream.PublishedChannel, published, CommandFlags.FireAndForget);
        }

        return handled;
    }

    private async Task<(int Handled, int Published)> RelayInTransactionAsync(TContext context, CancellationToken cancellationToken)
    {
        context.ChangeTracker.Clear(); // a replayed attempt starts from what the database holds
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var batch = await context.Set<OutboxMessage>()
            .FromSqlRaw($"SELECT * FROM outbox_messages WHERE published_at IS NULL ORDER BY occurred_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return (0, 0);
        }

        var database = redis.GetDatabase();
        var published = 0;
        foreach (var message in batch)
        {
            try
            {
                await database.StreamAddAsync(EventStream.Name,
                [
                    new NameValueEntry("id", message.Id.ToString()),
                    new NameValueEntry("type", message.Type),
                    new NameValueEntry("payload", message.Payload),
                    new NameValueEntry("traceparent", message.TraceParent ?? ""),
                ]); // no MAXLEN: it could drop entries a group has not read; the stream trimmer spares them
                message.PublishedAt = clock.GetUtcNow();
                published++;
            }
            catch (RedisException exception)
            {
                message.Attempts++;
                message.LastError = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
                logger.LogWarning("Could not publish event {EventId} ({EventType}), attempt {Attempts}: {Error}",
                    message.Id, message.Type, message.Attempts, exception.Message);
                break; // keep order: later events wait for this one
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (batch.Count, published);
    }
}
