using HarAcademy.EventBus;
using HarAcademy.Payments.Data;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Payments.Webhooks;

/// <summary>
/// Processes stored events that are not processed yet: those that had to wait (out of order), failed, or were stored
/// by a process that died before processing them. Every replica runs it; the row locks keep each event to one.
/// </summary>
public sealed class WebhookRetryWorker(IServiceScopeFactory scopes, WebhookRetryWorker.Wake wake, TimeProvider clock, ILogger<WebhookRetryWorker> logger) : BackgroundService
{
    /// <summary>Pulsed when an event could not be processed on arrival, so its retry does not wait for the next poll.</summary>
    public sealed class Wake
    {
        private readonly WakeSignal _signal = new();
        public Task Next => _signal.Next;
        public void Pulse() => _signal.Pulse();
    }

    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    /// <summary>An event stored this long ago and never attempted was left by a process that stopped before processing it.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = wake.Next;
            try
            {
                await PassAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Webhook retry pass failed; trying again shortly");
            }

            await WakeSignal.WaitAsync(next, Poll, stoppingToken);
        }
    }

    /// <summary>One pass over the events due now, oldest first.</summary>
    public async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        var now = clock.GetUtcNow();
        // A fresh event is its request's to process; it is ours once it has waited (a process that stored it and died).
        var abandoned = now - AbandonedAfter;
        var due = await database.StripeEvents.AsNoTracking()
            .Where(e => e.ProcessedAt == null && (e.NextAttemptAt == null ? e.ReceivedAt < abandoned : e.NextAttemptAt <= now))
            .OrderBy(e => e.Created).ThenBy(e => e.ReceivedAt).Select(e => e.Id).Take(100).ToListAsync(cancellationToken);
        var processed = 0;
        foreach (var id in due)
        {
            await using var eventScope = scopes.CreateAsyncScope();
            if (await eventScope.ServiceProvider.GetRequiredService<StripeEventProcessor>().ProcessAsync(id, cancellationToken))
            {
                processed++;
            }
        }

        return processed;
    }
}
