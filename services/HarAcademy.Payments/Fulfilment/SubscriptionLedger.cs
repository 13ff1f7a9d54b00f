using HarAcademy.Contracts.Payments;
using HarAcademy.EventBus.Outbox;
using HarAcademy.Payments.Data;
using HarAcademy.Payments.Model;
using HarAcademy.Payments.Providers;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Payments.Fulfilment;

/// <summary>
/// Mirrors Stripe's subscriptions (or the sandbox's) into ours, newest event wins: an older event arriving late changes
/// nothing. Every change tells the courses service what the user may open (<see cref="SubscriptionChanged"/>).
/// </summary>
public sealed class SubscriptionLedger(PaymentsDbContext database, IPaymentProvider provider, TimeProvider clock, ILogger<SubscriptionLedger> logger)
{
    public async Task ApplyAsync(Stripe.Subscription stripeSubscription, long eventCreated, CancellationToken cancellationToken)
    {
        var subscription = await database.Subscriptions.FirstOrDefaultAsync(s => s.StripeSubscriptionId == stripeSubscription.Id, cancellationToken);
        if (subscription is null)
        {
            if (!Guid.TryParse(stripeSubscription.Metadata?.GetValueOrDefault(CheckoutMetadata.UserId), out var userId))
            {
                logger.LogWarning("Subscription {SubscriptionId} names no user of ours; ignored", stripeSubscription.Id);
                return;
            }

            // One row per user: a new subscription after an ended one takes its place.
            subscription = await database.Subscriptions.FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken);
            if (subscription is null)
            {
                subscription = new Subscription { UserId = userId };
                database.Subscriptions.Add(subscription);
            }

            subscription.StripeSubscriptionId = stripeSubscription.Id;
            subscription.StartedAt = clock.GetUtcNow();
            subscription.LastEventCreated = 0;
            subscription.CancelledDate = null;
            subscription.RenewalNoticeFor = null;
            subscription.Language = (await database.BuyerAsync(userId, cancellationToken))?.Language ?? "fr";
        }

        if (eventCreated < subscription.LastEventCreated)
        {
            return; // an older state than the one we hold
        }

        var item = stripeSubscription.Items?.Data?.FirstOrDefault();
        var plan = Plans.Find(stripeSubscription.Metadata?.GetValueOrDefault(CheckoutMetadata.Plan))
            ?? Plans.All.FirstOrDefault(p => p.AmountPerMonth == item?.Price?.UnitAmount)
            ?? Plans.Find(subscription.Plan)!;
        var before = (subscription.Plan, subscription.Status, subscription.CancelAtPeriodEnd);
        subscription.Plan = plan.Name;
        subscription.Status = SubscriptionStatuses.FromStripe(stripeSubscription.Status);
        subscription.AmountPerMonth = item?.Price?.UnitAmount ?? plan.AmountPerMonth;
        subscription.Currency = (item?.Price?.Currency ?? plan.Currency).ToUpperInvariant();
        subscription.Mode = provider.Mode; // whoever sends this service events is the provider it runs with
        subscription.StripeCustomerId = stripeSubscription.CustomerId ?? subscription.StripeCustomerId;
        subscription.RenewalDate = item is null ? subscription.RenewalDate : new DateTimeOffset(item.CurrentPeriodEnd, TimeSpan.Zero);
        subscription.CancelAtPeriodEnd = stripeSubscription.CancelAtPeriodEnd;
        subscription.CancelledDate = stripeSubscription.CanceledAt is { } canceledAt ? new DateTimeOffset(canceledAt, TimeSpan.Zero)
            : subscription.Status == SubscriptionStatuses.Cancelled ? clock.GetUtcNow() : null;
        subscription.LastEventCreated = eventCreated;
        subscription.UpdatedAt = clock.GetUtcNow();
        await database.SaveChangesAsync(cancellationToken); // the row's id exists before the event names it

        database.AddEvent(new SubscriptionChanged(subscription.Id, subscription.UserId, subscription.Plan, subscription.Status, plan.Grants, subscription.RenewalDate, eventCreated));
        if (before != (subscription.Plan, subscription.Status, subscription.CancelAtPeriodEnd))
        {
            database.AddEvent(PaymentMessages.SubscriptionChanged(subscription, PaymentMessages.SubscriptionStatusText(subscription)));
        }

        await database.SaveChangesAsync(cancellationToken);
    }
}
