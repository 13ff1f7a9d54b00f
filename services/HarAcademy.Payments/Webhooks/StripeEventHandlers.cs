using HarAcademy.EventBus.Outbox;
using HarAcademy.Payments.Data;
using HarAcademy.Payments.Fulfilment;
using HarAcademy.Payments.Model;
using HarAcademy.Payments.Providers;
using Microsoft.EntityFrameworkCore;
using Stripe;
using Stripe.Checkout;

namespace HarAcademy.Payments.Webhooks;

/// <summary>
/// What each Stripe event means for our books. Runs inside the event's processing transaction. Events may come in any
/// order and more than once: each handler is idempotent, and one that names a payment we do not know yet waits.
/// </summary>
public sealed class StripeEventHandlers(PaymentsDbContext database, PaymentLedger payments, SubscriptionLedger subscriptions, TimeProvider clock, ILogger<StripeEventHandlers> logger)
{
    public static readonly string[] Handled =
    [
        "checkout.session.completed", "checkout.session.async_payment_succeeded", "checkout.session.async_payment_failed",
        "checkout.session.expired", "payment_intent.payment_failed", "charge.refunded", "refund.created", "refund.updated",
        "charge.refund.updated", "charge.dispute.created", "customer.subscription.created", "customer.subscription.updated",
        "customer.subscription.deleted", "invoice.paid", "invoice.payment_failed",
    ];

    public async Task<EventOutcome> ApplyAsync(Event stripeEvent, CancellationToken cancellationToken)
    {
        var created = new DateTimeOffset(stripeEvent.Created, TimeSpan.Zero).ToUnixTimeSeconds();
        return (stripeEvent.Type, stripeEvent.Data.Object) switch
        {
            ("checkout.session.completed" or "checkout.session.async_payment_succeeded", Session session) => await SessionPaidAsync(session, cancellationToken),
            ("checkout.session.async_payment_failed", Session session) => await SessionFailedAsync(session, "The bank transfer or debit failed.", cancellationToken),
            ("checkout.session.expired", Session session) => await SessionFailedAsync(session, "The checkout expired before payment.", cancellationToken, notify: false),
            ("payment_intent.payment_failed", PaymentIntent intent) => await PaymentFailedAsync(intent, cancellationToken),
            ("charge.refunded", Charge charge) => await ChargeRefundedAsync(charge, cancellationToken),
            ("refund.created" or "refund.updated" or "charge.refund.updated", Stripe.Refund refund) => await RefundAsync(refund, cancellationToken),
            ("charge.dispute.created", Dispute dispute) => await DisputeAsync(dispute, cancellationToken),
            ("customer.subscription.created" or "customer.subscription.updated" or "customer.subscription.deleted", Stripe.Subscription subscription) =>
                await SubscriptionAsync(subscription, created, cancellationToken),
            ("invoice.paid", Stripe.Invoice invoice) => await InvoicePaidAsync(invoice, cancellationToken),
            ("invoice.payment_failed", Stripe.Invoice invoice) => await InvoiceFailedAsync(invoice, cancellationToken),
            _ => EventOutcome.Applied, // an event we do not act on: recorded, nothing to do
        };
    }

    private async Task<EventOutcome> SessionPaidAsync(Session session, CancellationToken cancellationToken)
    {
        if (await OurTransactionAsync(session, cancellationToken) is not { } transaction)
        {
            return EventOutcome.Applied; // not one of ours (another integration on the same Stripe account)
        }

        transaction.CheckoutSessionId ??= session.Id;
        var method = PaymentMethods.FromStripe(session.PaymentMethodTypes?.FirstOrDefault());
        if (session.PaymentStatus is "paid" or "no_payment_required")
        {
            await payments.CompleteAsync(transaction, new PaymentReference(session.PaymentIntentId, session.CustomerId, session.SubscriptionId, null, method), cancellationToken);
        }
        else
        {
            // A delayed method (bank transfer, debit): the order is placed, the money not yet there; async_payment_* follows.
            transaction.PaymentIntentId ??= session.PaymentIntentId;
            transaction.StripeSubscriptionId ??= session.SubscriptionId;
            transaction.PaymentMethod = PaymentMethods.BankTransfer;
            await database.SaveChangesAsync(cancellationToken);
        }

        return EventOutcome.Applied;
    }

    private async Task<EventOutcome> SessionFailedAsync(Session session, string reason, CancellationToken cancellationToken, bool notify = true)
    {
        if (await OurTransactionAsync(session, cancellationToken) is { } transaction)
        {
            await payments.FailAsync(transaction, reason, notify, cancellationToken);
        }

        return EventOutcome.Applied;
    }

    private async Task<EventOutcome> PaymentFailedAsync(PaymentIntent intent, CancellationToken cancellationToken)
    {
        var transaction = Guid.TryParse(intent.Metadata?.GetValueOrDefault(CheckoutMetadata.TransactionId), out var id)
            ? await payments.FindLockedAsync(id, cancellationToken)
            : await payments.FindLockedByPaymentIntentAsync(intent.Id, cancellationToken);
        if (transaction is not null)
        {
            transaction.PaymentIntentId ??= intent.Id;
            await payments.FailAsync(transaction, intent.LastPaymentError?.Message ?? "The payment was declined.", notify: true, cancellationToken);
        }

        return EventOutcome.Applied;
    }

    private async Task<EventOutcome> ChargeRefundedAsync(Charge charge, CancellationToken cancellationToken)
    {
        if (await payments.FindLockedByPaymentIntentAsync(charge.PaymentIntentId, cancellationToken) is not { } transaction
            || transaction.Status == TransactionStatuses.Pending)
        {
            return EventOutcome.Wait($"No completed payment for payment intent {charge.PaymentIntentId} yet.");
        }

        transaction.ChargeId ??= charge.Id;
        await payments.ApplyChargeRefundedAsync(transaction, charge.AmountRefunded, cancellationToken);
        return EventOutcome.Applied;
    }

    private async Task<EventOutcome> RefundAsync(Stripe.Refund refund, CancellationToken cancellationToken)
    {
        if (await payments.FindLockedByPaymentIntentAsync(refund.PaymentIntentId, cancellationToken) is not { } transaction
            || transaction.Status == TransactionStatuses.Pending)
        {
            return EventOutcome.Wait($"No completed payment for payment intent {refund.PaymentIntentId} yet.");
        }

        var status = refund.Status switch
        {
            "succeeded" => RefundStatuses.Succeeded,
            "failed" or "canceled" => RefundStatuses.Failed,
            _ => RefundStatuses.Pending,
        };
        var ours = Guid.TryParse(refund.Metadata?.GetValueOrDefault(CheckoutMetadata.RefundId), out var refundId) ? refundId : (Guid?)null;
        await payments.ApplyRefundAsync(transaction, new RefundReport(refund.Id, ours, refund.Amount, status), cancellationToken);
        return EventOutcome.Applied;
    }

    private async Task<EventOutcome> DisputeAsync(Dispute dispute, CancellationToken cancellationToken)
    {
        if (await payments.FindLockedByPaymentIntentAsync(dispute.PaymentIntentId, cancellationToken) is not { } transaction)
        {
            return EventOutcome.Wait($"No payment for payment intent {dispute.PaymentIntentId} yet.");
        }

        logger.LogWarning("Payment {TransactionId} is disputed ({Reason}): answer it in Stripe's dashboard", transaction.Id, dispute.Reason);
        await payments.MarkDisputedAsync(transaction, cancellationToken);
        return EventOutcome.Applied;
    }

    private async Task<EventOutcome> SubscriptionAsync(Stripe.Subscription subscription, long created, CancellationToken cancellationToken)
    {
        await subscriptions.ApplyAsync(subscription, created, cancellationToken);
        return EventOutcome.Applied;
    }

    /// <summary>A subscription's invoice is paid: the first one completes the checkout's payment; each renewal is a new payment.</summary>
    private async Task<EventOutcome> InvoicePaidAsync(Stripe.Invoice invoice, CancellationToken cancellationToken)
    {
        var subscriptionId = invoice.Parent?.SubscriptionDetails?.SubscriptionId;
        if (subscriptionId is null)
        {
            return EventOutcome.Applied; // not a subscription's invoice: one-time payments complete through their session
        }

        var paymentIntentId = invoice.Payments?.Data?.FirstOrDefault()?.Payment?.PaymentIntentId;
        var known = await database.Transactions.Where(t => t.StripeInvoiceId == invoice.Id).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
        if (known is not null)
        {
            return EventOutcome.Applied;
        }

        if (invoice.BillingReason == "subscription_create")
        {
            var first = await database.Transactions.Where(t => t.StripeSubscriptionId == subscriptionId && t.Kind == TransactionKinds.Subscription)
                .OrderBy(t => t.CreatedAt).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
            if (first is null || await payments.FindLockedAsync(first.Value, cancellationToken) is not { } checkout)
            {
                return EventOutcome.Wait($"The checkout of subscription {subscriptionId} has not completed yet.");
            }

            if (checkout.StripeInvoiceId is null || checkout.StripeInvoiceId == invoice.Id)
            {
                await payments.CompleteAsync(checkout, new PaymentReference(paymentIntentId, invoice.CustomerId, subscriptionId, invoice.Id, PaymentMethods.Card), cancellationToken);
            }

            return EventOutcome.Applied; // its first invoice is known already
        }

        var subscription = await database.Subscriptions.FirstOrDefaultAsync(s => s.StripeSubscriptionId == subscriptionId, cancellationToken);
        if (subscription is null)
        {
            return EventOutcome.Wait($"Subscription {subscriptionId} is not known yet.");
        }

        var plan = Plans.Find(invoice.Parent?.SubscriptionDetails?.Metadata?.GetValueOrDefault(CheckoutMetadata.Plan)) ?? Plans.Find(subscription.Plan)!;
        var renewal = new PaymentTransaction
        {
            UserId = subscription.UserId,
            Language = subscription.Language,
            Kind = TransactionKinds.Subscription,
            Plan = plan.Name,
            Description = PaymentMessages.PlanDescription(plan, subscription.Language),
            Amount = invoice.AmountPaid,
            Currency = invoice.Currency.ToUpperInvariant(),
            Mode = subscription.Mode,
            StripeSubscriptionId = subscriptionId,
            CreatedAt = clock.GetUtcNow(),
        };
        var buyer = await database.BuyerAsync(subscription.UserId, cancellationToken);
        renewal.UserEmail = buyer?.Email ?? "";
        renewal.UserName = buyer?.Name ?? "";
        database.Transactions.Add(renewal);
        await database.SaveChangesAsync(cancellationToken);
        await payments.CompleteAsync(renewal, new PaymentReference(paymentIntentId, invoice.CustomerId, subscriptionId, invoice.Id, PaymentMethods.Card), cancellationToken);
        return EventOutcome.Applied;
    }

    private async Task<EventOutcome> InvoiceFailedAsync(Stripe.Invoice invoice, CancellationToken cancellationToken)
    {
        var subscriptionId = invoice.Parent?.SubscriptionDetails?.SubscriptionId;
        var subscription = subscriptionId is null ? null : await database.Subscriptions.FirstOrDefaultAsync(s => s.StripeSubscriptionId == subscriptionId, cancellationToken);
        if (subscription is not null && invoice.BillingReason != "subscription_create")
        {
            database.AddEvent(PaymentMessages.RenewalFailed(subscription));
            await database.SaveChangesAsync(cancellationToken);
        }

        return EventOutcome.Applied;
    }

    /// <summary>Our transaction behind a checkout session (its client reference), locked; null when it is not ours.</summary>
    private async Task<PaymentTransaction?> OurTransactionAsync(Session session, CancellationToken cancellationToken) =>
        Guid.TryParse(session.ClientReferenceId ?? session.Metadata?.GetValueOrDefault(CheckoutMetadata.TransactionId), out var id)
            ? await payments.FindLockedAsync(id, cancellationToken)
            : null;
}
