using HarAcademy.Contracts.Payments;
using HarAcademy.EventBus.Outbox;
using HarAcademy.Payments.Data;
using HarAcademy.Payments.Invoices;
using HarAcademy.Payments.Model;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Payments.Fulfilment;

/// <summary>
/// The only place a transaction changes state, whoever reports it (a webhook, reconciliation). Each change runs under
/// the transaction's row lock inside the caller's database transaction, and is idempotent: completing a completed
/// payment, or refunding what is already refunded, changes nothing and emits nothing. What other services must know
/// (<see cref="PaymentSucceeded"/>, <see cref="PaymentRefunded"/>, notifications) leaves through the outbox, in the
/// same commit.
/// </summary>
public sealed class PaymentLedger(PaymentsDbContext database, InvoiceIssuer invoices, TimeProvider clock)
{
    public async Task<PaymentTransaction?> FindLockedAsync(Guid id, CancellationToken cancellationToken) =>
        await database.LockTransactionAsync(id, cancellationToken)
            ? await database.Transactions.Include(t => t.Refunds).FirstAsync(t => t.Id == id, cancellationToken)
            : null;

    public async Task<PaymentTransaction?> FindLockedByPaymentIntentAsync(string? paymentIntentId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(paymentIntentId)) return null;
        var id = await database.Transactions.Where(t => t.PaymentIntentId == paymentIntentId).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
        return id is null ? null : await FindLockedAsync(id.Value, cancellationToken);
    }

    /// <summary>The money arrived (from pending, or from failed: a later attempt in the same checkout succeeded).</summary>
    public async Task CompleteAsync(PaymentTransaction transaction, PaymentReference reference, CancellationToken cancellationToken)
    {
        transaction.PaymentIntentId ??= reference.PaymentIntentId;
        transaction.StripeCustomerId ??= reference.CustomerId;
        transaction.StripeSubscriptionId ??= reference.SubscriptionId;
        transaction.StripeInvoiceId ??= reference.InvoiceId;
        if (transaction.Status is not (TransactionStatuses.Pending or TransactionStatuses.Failed))
        {
            await database.SaveChangesAsync(cancellationToken);
            return;
        }

        transaction.Status = TransactionStatuses.Completed;
        transaction.PaymentMethod = reference.PaymentMethod;
        transaction.FailureReason = null;
        transaction.CompletedAt = clock.GetUtcNow();
        if (transaction is { Kind: TransactionKinds.Course, CourseId: { } courseId })
        {
            database.AddEvent(new PaymentSucceeded(transaction.Id, transaction.UserId, courseId, transaction.Amount / 100m, transaction.Currency));
        }

        database.AddEvent(PaymentMessages.Succeeded(transaction));
        await database.SaveChangesAsync(cancellationToken);
        // Last, just before the commit: the year's invoice counter stays locked from here to the commit, and every
        // payment completing meanwhile waits for it.
        await invoices.IssueAsync(transaction, cancellationToken);
        await database.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The attempt failed or the checkout expired: only a pending payment fails (a paid one stays paid).</summary>
    public async Task FailAsync(PaymentTransaction transaction, string reason, bool notify, CancellationToken cancellationToken)
    {
        if (transaction.Status != TransactionStatuses.Pending)
        {
            return;
        }

        transaction.Status = TransactionStatuses.Failed;
        transaction.FailureReason = reason.Length > 500 ? reason[..500] : reason;
        if (notify)
        {
            database.AddEvent(PaymentMessages.Failed(transaction));
        }

        await database.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// A refund the provider reports (ours, matched by id, or one made in Stripe's dashboard). The amount refunded is the
    /// sum of succeeded refunds, never added to, so a repeated report changes nothing. A full refund ends access.
    /// </summary>
    public async Task ApplyRefundAsync(PaymentTransaction transaction, RefundReport report, CancellationToken cancellationToken)
    {
        var refund = transaction.Refunds.FirstOrDefault(r => r.StripeRefundId == report.ProviderRefundId)
            ?? (report.RefundId is { } ours ? transaction.Refunds.FirstOrDefault(r => r.Id == ours) : null);
        if (refund is null)
        {
            refund = new Refund { TransactionId = transaction.Id, Amount = report.Amount, Reason = "Refunded in Stripe's dashboard", CreatedAt = clock.GetUtcNow() };
            database.Refunds.Add(refund);
            transaction.Refunds.Add(refund);
        }

        refund.StripeRefundId ??= report.ProviderRefundId;
        var newlySucceeded = refund.Status != RefundStatuses.Succeeded && report.Status == RefundStatuses.Succeeded;
        refund.Status = refund.Status == RefundStatuses.Succeeded ? refund.Status : report.Status;
        if (newlySucceeded)
        {
            refund.SucceededAt = clock.GetUtcNow();
            database.AddEvent(PaymentMessages.Refunded(transaction, refund.Amount));
        }

        var refunded = transaction.Refunds.Where(r => r.Status == RefundStatuses.Succeeded).Sum(r => r.Amount);
        await SetRefundedAsync(transaction, Math.Max(refunded, transaction.AmountRefunded), cancellationToken);
    }

    /// <summary>The charge's own total refunded (charge.refunded): authoritative, and never lowers what we know.</summary>
    public Task ApplyChargeRefundedAsync(PaymentTransaction transaction, long amountRefunded, CancellationToken cancellationToken) =>
        SetRefundedAsync(transaction, Math.Max(amountRefunded, transaction.AmountRefunded), cancellationToken);

    private async Task SetRefundedAsync(PaymentTransaction transaction, long amountRefunded, CancellationToken cancellationToken)
    {
        transaction.AmountRefunded = Math.Min(amountRefunded, transaction.Amount);
        if (transaction.AmountRefunded >= transaction.Amount && transaction.Status == TransactionStatuses.Completed)
        {
            transaction.Status = TransactionStatuses.Refunded;
            transaction.RefundedAt = clock.GetUtcNow();
            if (transaction is { Kind: TransactionKinds.Course, CourseId: { } courseId })
            {
                database.AddEvent(new PaymentRefunded(transaction.Id, transaction.UserId, courseId));
            }
        }

        await database.SaveChangesAsync(cancellationToken);
    }

    public async Task MarkDisputedAsync(PaymentTransaction transaction, CancellationToken cancellationToken)
    {
        transaction.DisputedAt ??= clock.GetUtcNow();
        await database.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The provider's ids and method for a completed payment.</summary>
public sealed record PaymentReference(string? PaymentIntentId, string? CustomerId, string? SubscriptionId, string? InvoiceId, string PaymentMethod);

/// <summary>A refund as the provider reports it; <paramref name="RefundId"/> is ours, from its metadata, when we asked for it.</summary>
public sealed record RefundReport(string ProviderRefundId, Guid? RefundId, long Amount, string Status);
