using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HarAcademy.EventBus.Inbox;

/// <summary>
/// The inbox of a group whose handlers write to <typeparamref name="TContext"/>'s database: the row marking an event
/// handled is inserted in the transaction that carries the handlers' changes, so both commit or neither does. A
/// process killed after the commit and before the acknowledgement leaves the entry pending; its redelivery finds the
/// row and is only acknowledged. Exactly-once effect, as long as handlers change nothing outside that database.
/// </summary>
internal sealed class DatabaseInbox<TContext>(string group, IServiceScopeFactory scopes, TimeProvider clock, ILogger<AfterCommit> logger) : IEventInbox
    where TContext : DbContext
{
    public async Task<bool> HandleOnceAsync(string eventId, string eventType, Func<IServiceProvider, Task> handle, CancellationToken cancellationToken)
    {
        // Relays publish outbox ids, always GUIDs; anything else is left pending (and logged) rather than run unrecorded.
        var id = Guid.Parse(eventId);
        await using var scope = scopes.CreateAsyncScope();
        // Aspire's Npgsql integration retries transient failures by replaying the whole unit, so the transaction is
        // begun inside it. A replay after a commit whose reply was lost finds the row and does nothing.
        var strategy = scope.ServiceProvider.GetRequiredService<TContext>().Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            attemptCancellation => AttemptAsync(id, eventType, handle, attemptCancellation), cancellationToken);
    }

    /// <summary>
    /// One attempt, in a scope of its own (as EF's connection-resiliency guidance advises): a replay must not see the
    /// entities the failed attempt's handlers left tracked in their context.
    /// </summary>
    private async Task<bool> AttemptAsync(Guid eventId, string eventType, Func<IServiceProvider, Task> handle, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // A replica handling the same event at the same moment waits here on the uncommitted row, then finds it.
        var inserted = await context.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO inbox_messages (consumer_group, event_id, event_type, handled_at)
            VALUES ({group}, {eventId}, {eventType}, {clock.GetUtcNow()})
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);
        if (inserted == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        // The handlers resolve this scope's context; their SaveChangesAsync joins the transaction.
        await handle(scope.ServiceProvider);
        await transaction.CommitAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<AfterCommit>().RunAsync(logger);
        return true;
    }
}
