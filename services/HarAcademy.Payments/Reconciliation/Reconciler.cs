using HarAcademy.EventBus.Outbox;
using HarAcademy.Payments.Data;
using HarAcademy.Payments.Extensions;
using HarAcademy.Payments.Fulfilment;
using HarAcademy.Payments.Model;
using HarAcademy.Payments.Providers;
using HarAcademy.Payments.Sandbox;
using HarAcademy.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HarAcademy.Payments.Reconciliation;

public sealed record ReconciliationReport(int Checked, int Completed, int Failed, int Renewed, int RenewalNotices, int WaitingEvents);

/// <summary>
/// Compares our pending payments with the provider's sessions and repairs what a lost webhook left behind: a paid
/// session completes its payment (through the same ledger as the webhook: invoice, enrollment, notification), an
/// expired one fails it. Also, in sandbox mode, plays Stripe's billing cycle (renewals, ends of cancelled plans), and
/// tells subscribers about an upcoming renewal once per period. Safe to run anywhere, any time, concurrently.
/// </summary>
public sealed class Reconciler(PaymentsDbContext database, IPaymentProvider provider, PaymentLedger ledger, SubscriptionLedger subscriptions, IOptions<PaymentsOptions> options,
    TimeProvider clock, ILogger<Reconciler> logger)
{
    public async Task<ReconciliationReport> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var olderThan = now - options.Value.ReconcileAfter;
        var pending = await database.Transactions.AsNoTracking()
            .Where(t => t.Status == TransactionStatuses.Pending && t.CheckoutSessionId != null && t.CreatedAt < olderThan && t.Mode == provider.Mode)
            .OrderBy(t => t.CreatedAt).Select(t => new { t.Id, t.CheckoutSessionId }).Take(200).ToListAsync(cancellationToken);
        int completed = 0, failed = 0;
        foreach (var candidate in pending)
        {
            var session = await provider.GetCheckoutAsync(candidate.CheckoutSessionId!, cancellationToken);
            var paid = session is { Status: "complete", PaymentStatus: "paid" or "no_payment_required" };
            var gone = session is null || session.Status == "expired";
            if (!paid && !gone)
            {
                continue; // still open, or paid by a delayed method whose money is not there yet
            }

            var changed = await database.InTransactionAsync(async token =>
            {
                var transaction = await ledger.FindLockedAsync(candidate.Id, token);
                if (transaction?.Status != TransactionStatuses.Pending) return false;
                if (paid)
                {
                    await ledger.CompleteAsync(transaction, new PaymentReference(session!.PaymentIntentId, session.CustomerId, session.SubscriptionId, null, PaymentMethods.Card), token);
                }
                else
                {
                    await ledger.FailAsync(transaction, "The checkout expired before payment.", notify: false, token);
                }

                return true;
            }, cancellationToken);
            if (changed)
            {
                logger.LogWarning("Reconciliation {Outcome} payment {TransactionId}: its webhook never came", paid ? "completed" : "failed", candidate.Id);
                if (paid) completed++; else failed++;
            }

            if (paid && session!.SubscriptionId is { } subscriptionId)
            {
                await MirrorSubscriptionAsync(subscriptionId, cancellationToken);
            }
        }

        var renewed = provider is SandboxPaymentProvider sandbox ? await RenewSandboxSubscriptionsAsync(sandbox, now, cancellationToken) : 0;
        var notices = await SendRenewalNoticesAsync(now, cancellationToken);
        var waiting = await database.StripeEvents.CountAsync(e => e.ProcessedAt == null && e.Attempts > 0, cancellationToken);
        return new ReconciliationReport(pending.Count, completed, failed, renewed, notices, waiting);
    }

    /// <summary>A paid plan whose subscription events were lost too: its state is read from the provider.</summary>
    private async Task MirrorSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        if (await database.Subscriptions.AnyAsync(s => s.StripeSubscriptionId == subscriptionId, cancellationToken)
            || await provider.GetSubscriptionAsync(subscriptionId, cancellationToken) is not { } subscription)
        {
            return;
        }

        await database.InTransactionAsync(async token =>
        {
            await subscriptions.ApplyAsync(subscription, clock.GetUtcNow().ToUnixTimeSeconds(), token);
            return true;
        }, cancellationToken);
        logger.LogWarning("Reconciliation restored subscription {SubscriptionId}: its events never came", subscriptionId);
    }

    private async Task<int> RenewSandboxSubscriptionsAsync(SandboxPaymentProvider sandbox, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await database.Subscriptions.AsNoTracking()
            .Where(s => s.Mode == PaymentModes.Sandbox && s.Status == SubscriptionStatuses.Active && s.RenewalDate <= now)
            .OrderBy(s => s.RenewalDate).Take(200).ToListAsync(cancellationToken);
        foreach (var subscription in due)
        {
            await sandbox.RenewAsync(subscription, cancellationToken);
        }

        return due.Count;
    }

    private async Task<int> SendRenewalNoticesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var horizon = now + options.Value.RenewalNotice;
        var due = await database.Subscriptions
            .Where(s => s.Status == SubscriptionStatuses.Active && !s.CancelAtPeriodEnd && s.RenewalDate > now && s.RenewalDate <= horizon
                && (s.RenewalNoticeFor == null || s.RenewalNoticeFor != s.RenewalDate))
            .OrderBy(s => s.RenewalDate).Take(500).ToListAsync(cancellationToken);
        foreach (var subscription in due)
        {
            subscription.RenewalNoticeFor = subscription.RenewalDate;
            database.AddEvent(PaymentMessages.RenewalSoon(subscription));
        }

        await database.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
