using System.Text.Json.Nodes;
using HarAcademy.Payments.Data;
using HarAcademy.Payments.Extensions;
using HarAcademy.Payments.Model;
using HarAcademy.Payments.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HarAcademy.Payments.Sandbox;

/// <summary>
/// Sandbox mode (no Stripe keys): the web app's test-mode page stands for Stripe Checkout, and this class for Stripe
/// itself. It keeps the provider's side (sessions) in its own table and reports every outcome as Stripe does, with
/// signed events delivered to the webhook endpoint: the sandbox and Stripe differ only in who creates sessions and who
/// sends events. Test cards as Stripe's: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined.
/// </summary>
public sealed class SandboxPaymentProvider(PaymentsDbContext database, SandboxDelivery delivery, IOptions<PaymentsOptions> options, TimeProvider clock) : IPaymentProvider
{
    public const string DeclinedCard = "4000000000000002";

    public string Mode => PaymentModes.Sandbox;

    public async Task<ProviderSession> CreateCheckoutAsync(PaymentTransaction transaction, Plan? plan, string successUrl, string cancelUrl, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var session = new SandboxSession
        {
            Id = SandboxEvents.NewId("cs_test"),
            TransactionId = transaction.Id,
            UserId = transaction.UserId,
            CustomerId = $"cus_sbx_{transaction.UserId:N}",
            SuccessUrl = successUrl,
            CancelUrl = cancelUrl,
            CreatedAt = clock.GetUtcNow(),
            ExpiresAt = expiresAt,
        };
        database.SandboxSessions.Add(session);
        await database.SaveChangesAsync(cancellationToken);
        return new ProviderSession(session.Id, $"{options.Value.PublicWebUrl.TrimEnd('/')}/checkout/sandbox/{session.Id}");
    }

    public async Task<ProviderSessionState?> GetCheckoutAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await database.SandboxSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        // Past its expiry an open session is expired, as Stripe's are, even before anyone looks at it.
        var status = session is { Status: "open" } && session.ExpiresAt <= clock.GetUtcNow() ? "expired" : session?.Status;
        return session is null ? null : new ProviderSessionState(status!, session.PaymentStatus, session.PaymentIntentId, session.SubscriptionId, session.CustomerId);
    }

    /// <summary>The subscription a paid session started, as Stripe would return it (plan and first period from the session).</summary>
    public async Task<Stripe.Subscription?> GetSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        var session = await database.SandboxSessions.AsNoTracking().FirstOrDefaultAsync(s => s.SubscriptionId == subscriptionId, cancellationToken);
        var plan = session is null ? null : Plans.Find(await database.Transactions.Where(t => t.Id == session.TransactionId).Select(t => t.Plan).FirstOrDefaultAsync(cancellationToken));
        if (session is null || plan is null)
        {
            return null;
        }

        var paidAt = session.CreatedAt;
        var json = SandboxEvents.Subscription(subscriptionId, session.CustomerId, session.UserId, plan, "active", paidAt, paidAt.AddMonths(1), false, null).ToJsonString();
        return Stripe.StripeEntity.FromJson<Stripe.Subscription>(json);
    }

    /// <summary>The buyer pays on the test-mode page: the session completes on the provider's side first, then the events go out.</summary>
    public async Task<bool> ConfirmAsync(SandboxSession session, PaymentTransaction transaction, string cardNumber, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        session.PaymentIntentId ??= SandboxEvents.NewId("pi");
        if (cardNumber == DeclinedCard)
        {
            session.Status = "expired";
            await database.SaveChangesAsync(cancellationToken);
            return await delivery.DeliverAsync(
            [
                SandboxEvents.Envelope("payment_intent.payment_failed", SandboxEvents.FailedPaymentIntent(session.PaymentIntentId, transaction, "Your card was declined."), now),
                SandboxEvents.Envelope("checkout.session.expired", SandboxEvents.CheckoutSession(session, transaction, "expired", "unpaid"), now),
            ], cancellationToken);
        }

        var events = new List<JsonObject>();
        var plan = Plans.Find(transaction.Plan);
        if (plan is not null)
        {
            session.SubscriptionId ??= SandboxEvents.NewId("sub");
            var subscription = SandboxEvents.Subscription(session.SubscriptionId, session.CustomerId, transaction.UserId, plan, "active", now, now.AddMonths(1), false, null);
            events.Add(SandboxEvents.Envelope("customer.subscription.created", subscription, now));
        }

        session.Status = "complete";
        session.PaymentStatus = "paid";
        await database.SaveChangesAsync(cancellationToken);
        events.Add(SandboxEvents.Envelope("checkout.session.completed", SandboxEvents.CheckoutSession(session, transaction, "complete", "paid"), now));
        if (plan is not null)
        {
            var invoice = SandboxEvents.PaidInvoice(SandboxEvents.NewId("in"), session.SubscriptionId!, session.CustomerId, session.PaymentIntentId, plan, "subscription_create", now);
            events.Add(SandboxEvents.Envelope("invoice.paid", invoice, now));
        }

        return await delivery.DeliverAsync(events, cancellationToken);
    }

    public async Task<bool> CancelAsync(SandboxSession session, PaymentTransaction transaction, CancellationToken cancellationToken)
    {
        session.Status = "expired";
        await database.SaveChangesAsync(cancellationToken);
        return await delivery.DeliverAsync([SandboxEvents.Envelope("checkout.session.expired", SandboxEvents.CheckoutSession(session, transaction, "expired", "unpaid"), clock.GetUtcNow())], cancellationToken);
    }

    public async Task<string> RefundAsync(PaymentTransaction transaction, Refund refund, CancellationToken cancellationToken)
    {
        var refundId = SandboxEvents.NewId("re");
        var now = clock.GetUtcNow();
        var alreadyRefunded = await database.Refunds.Where(r => r.TransactionId == transaction.Id && r.Status == RefundStatuses.Succeeded && r.Id != refund.Id)
            .SumAsync(r => r.Amount, cancellationToken);
        await delivery.DeliverAsync(
        [
            SandboxEvents.Envelope("refund.created", SandboxEvents.Refund(refundId, refund, transaction), now),
            SandboxEvents.Envelope("charge.refunded", SandboxEvents.Charge(transaction, alreadyRefunded + refund.Amount), now),
        ], cancellationToken);
        return refundId;
    }

    public async Task ChangeSubscriptionAsync(Subscription subscription, Plan? newPlan, bool? cancelAtPeriodEnd, CancellationToken cancellationToken)
    {
        var plan = newPlan ?? Plans.Find(subscription.Plan)!;
        var now = clock.GetUtcNow();
        var periodEnd = subscription.RenewalDate ?? now.AddMonths(1);
        var updated = SandboxEvents.Subscription(subscription.StripeSubscriptionId, subscription.StripeCustomerId ?? "", subscription.UserId, plan, "active",
            periodEnd.AddMonths(-1), periodEnd, cancelAtPeriodEnd ?? subscription.CancelAtPeriodEnd, null);
        await delivery.DeliverAsync([SandboxEvents.Envelope("customer.subscription.updated", updated, now)], cancellationToken);
    }

    /// <summary>
    /// The sandbox's billing cycle (Stripe renews subscriptions by itself; here reconciliation calls this): a period that
    /// has ended renews (a paid invoice, the next period) or, when cancelled at its end, ends the subscription.
    /// </summary>
    public async Task RenewAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var plan = Plans.Find(subscription.Plan)!;
        var now = clock.GetUtcNow();
        var periodEnd = subscription.RenewalDate ?? now;
        var customer = subscription.StripeCustomerId ?? "";
        if (subscription.CancelAtPeriodEnd)
        {
            var ended = SandboxEvents.Subscription(subscription.StripeSubscriptionId, customer, subscription.UserId, plan, "canceled", periodEnd.AddMonths(-1), periodEnd, true, now);
            await delivery.DeliverAsync([SandboxEvents.Envelope("customer.subscription.deleted", ended, now)], cancellationToken);
            return;
        }

        var next = periodEnd.AddMonths(1);
        await delivery.DeliverAsync(
        [
            SandboxEvents.Envelope("invoice.paid", SandboxEvents.PaidInvoice(SandboxEvents.NewId("in"), subscription.StripeSubscriptionId, customer, SandboxEvents.NewId("pi"), plan, "subscription_cycle", now), now),
            SandboxEvents.Envelope("customer.subscription.updated", SandboxEvents.Subscription(subscription.StripeSubscriptionId, customer, subscription.UserId, plan, "active", periodEnd, next, false, null), now),
        ], cancellationToken);
    }
}
