using HarAcademy.Payments.Data;
using HarAcademy.Payments.Model;
using HarAcademy.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace HarAcademy.Payments.Webhooks;

/// <summary>
/// Processes one stored event exactly once: the row is taken with <c>FOR UPDATE SKIP LOCKED</c> (a replica or the
/// retry worker holding it is left alone), applied, and marked processed in the same transaction as its effects. A
/// crash before the commit leaves it unprocessed, for the retry worker. An event that must wait, or that failed, is
/// retried with backoff.
/// </summary>
public sealed class StripeEventProcessor(PaymentsDbContext database, StripeEventHandlers handlers, TimeProvider clock, ILogger<StripeEventProcessor> logger)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);

    /// <summary>True when the event is processed (now or before).</summary>
    public async Task<bool> ProcessAsync(string eventId, CancellationToken cancellationToken)
    {
        try
        {
            return await database.InTransactionAsync(async token =>
            {
                var record = (await database.StripeEvents
                    .FromSql($"SELECT * FROM stripe_events WHERE id = {eventId} AND processed_at IS NULL FOR UPDATE SKIP LOCKED")
                    .ToListAsync(token)).SingleOrDefault();
                if (record is null)
                {
                    return true; // done already, or being processed elsewhere right now
                }

                var stripeEvent = EventUtility.ConstructEventWithoutVerification(record.Payload, throwOnApiVersionMismatch: false);
                var outcome = await handlers.ApplyAsync(stripeEvent, token);
                if (outcome.Done)
                {
                    record.ProcessedAt = clock.GetUtcNow();
                    record.LastError = null;
                }
                else
                {
                    Postpone(record, outcome.WaitReason!);
                }

                await database.SaveChangesAsync(token);
                return outcome.Done;
            }, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Stripe event {EventId} failed; it will be retried", eventId);
            await RecordFailureAsync(eventId, exception.Message, cancellationToken);
            return false;
        }
    }

    /// <summary>After this many attempts (about a day at the longest backoff) an event that still names nothing of ours is set aside.</summary>
    public const int MaxAttempts = 300;

    private void Postpone(StripeEventRecord record, string reason)
    {
        record.Attempts++;
        if (record.Attempts >= MaxAttempts)
        {
            // Nothing of ours to apply it to after a day of retries (another integration's object on the same Stripe
            // account, say): recorded as processed with its reason, and logged for an operator, not retried forever.
            logger.LogError("Stripe event {EventId} set aside after {Attempts} attempts: {Reason}", record.Id, record.Attempts, reason);
            record.ProcessedAt = clock.GetUtcNow();
            record.LastError = $"Set aside: {Truncated(reason)}";
            return;
        }

        var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, record.Attempts - 1), MaxBackoff.TotalSeconds));
        record.NextAttemptAt = clock.GetUtcNow() + delay;
        record.LastError = Truncated(reason);
    }

    private static string Truncated(string reason) => reason.Length > 1900 ? reason[..1900] : reason;

    private async Task RecordFailureAsync(string eventId, string error, CancellationToken cancellationToken)
    {
        database.ChangeTracker.Clear();
        var record = await database.StripeEvents.FirstOrDefaultAsync(e => e.Id == eventId && e.ProcessedAt == null, cancellationToken);
        if (record is not null)
        {
            Postpone(record, error);
            await database.SaveChangesAsync(cancellationToken);
        }
    }
}
