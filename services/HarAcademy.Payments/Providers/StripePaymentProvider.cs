using HarAcademy.Payments.Model;
using Stripe;
using Plan = HarAcademy.Payments.Model.Plan;
using Stripe.Checkout;

namespace HarAcademy.Payments.Providers;

/// <summary>
/// Stripe mode: Checkout Sessions, refunds and subscription changes through Stripe.net. Every call that creates
/// something carries an idempotency key derived from our own id, so a retried request never charges or refunds twice.
/// </summary>
public sealed class StripePaymentProvider(IStripeClient stripe) : IPaymentProvider
{
    public string Mode => PaymentModes.Stripe;

    public async Task<ProviderSession> CreateCheckoutAsync(PaymentTransaction transaction, Plan? plan, string successUrl, string cancelUrl, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var metadata = new Dictionary<string, string>
        {
            [CheckoutMetadata.TransactionId] = transaction.Id.ToString(),
            [CheckoutMetadata.UserId] = transaction.UserId.ToString(),
        };
        if (transaction.CourseId is { } courseId) metadata[CheckoutMetadata.CourseId] = courseId.ToString();
        if (plan is not null) metadata[CheckoutMetadata.Plan] = plan.Name;

        var options = new SessionCreateOptions
        {
            Mode = plan is null ? "payment" : "subscription",
            ClientReferenceId = transaction.Id.ToString(),
            CustomerEmail = transaction.UserEmail,
            SuccessUrl = successUrl,
            CancelUrl = cancelUrl,
            ExpiresAt = expiresAt.UtcDateTime,
            Metadata = metadata,
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = transaction.Currency.ToLowerInvariant(),
                        UnitAmount = transaction.Amount,
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = transaction.Description },
                        Recurring = plan is null ? null : new SessionLineItemPriceDataRecurringOptions { Interval = "month" },
                    },
                },
            ],
            PaymentIntentData = plan is null ? new SessionPaymentIntentDataOptions { Metadata = metadata } : null,
            SubscriptionData = plan is null ? null : new SessionSubscriptionDataOptions { Metadata = metadata },
        };
        var session = await new SessionService(stripe).CreateAsync(options, Idempotent($"checkout-{transaction.Id}"), cancellationToken);
        return new ProviderSession(session.Id, session.Url);
    }

    public async Task<ProviderSessionState?> GetCheckoutAsync(string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            var session = await new SessionService(stripe).GetAsync(sessionId, cancellationToken: cancellationToken);
            return new ProviderSessionState(session.Status, session.PaymentStatus, session.PaymentIntentId, session.SubscriptionId, session.CustomerId);
        }
        catch (StripeException exception) when (exception.HttpStatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<Stripe.Subscription?> GetSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        try
        {
            return await new SubscriptionService(stripe).GetAsync(subscriptionId, cancellationToken: cancellationToken);
        }
        catch (StripeException exception) when (exception.HttpStatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<string> RefundAsync(PaymentTransaction transaction, Model.Refund refund, CancellationToken cancellationToken)
    {
        var options = new RefundCreateOptions
        {
            PaymentIntent = transaction.PaymentIntentId,
            Amount = refund.Amount,
            Reason = "requested_by_customer",
            Metadata = new Dictionary<string, string>
            {
                [CheckoutMetadata.RefundId] = refund.Id.ToString(),
                [CheckoutMetadata.TransactionId] = transaction.Id.ToString(),
            },
        };
        var created = await new RefundService(stripe).CreateAsync(options, Idempotent($"refund-{refund.Id}"), cancellationToken);
        return created.Id;
    }

    public async Task ChangeSubscriptionAsync(Model.Subscription subscription, Plan? newPlan, bool? cancelAtPeriodEnd, CancellationToken cancellationToken)
    {
        var service = new SubscriptionService(stripe);
        var options = new SubscriptionUpdateOptions { CancelAtPeriodEnd = cancelAtPeriodEnd };
        if (newPlan is not null)
        {
            // The same product at the new plan's price; Stripe prorates the change on the next invoice.
            var current = await service.GetAsync(subscription.StripeSubscriptionId, cancellationToken: cancellationToken);
            var item = current.Items.Data[0];
            options.Items =
            [
                new SubscriptionItemOptions
                {
                    Id = item.Id,
                    PriceData = new SubscriptionItemPriceDataOptions
                    {
                        Currency = newPlan.Currency.ToLowerInvariant(),
                        Product = item.Price.ProductId,
                        UnitAmount = newPlan.AmountPerMonth,
                        Recurring = new SubscriptionItemPriceDataRecurringOptions { Interval = "month" },
                    },
                },
            ];
            options.Metadata = new Dictionary<string, string> { [CheckoutMetadata.Plan] = newPlan.Name };
        }

        // An update sets values: repeating it changes nothing, so it needs no idempotency key.
        await service.UpdateAsync(subscription.StripeSubscriptionId, options, cancellationToken: cancellationToken);
    }

    private static RequestOptions Idempotent(string key) => new() { IdempotencyKey = key };
}
