using HarAcademy.Payments.Model;

namespace HarAcademy.Payments.Providers;

/// <summary>A checkout session the buyer is sent to.</summary>
public sealed record ProviderSession(string Id, string Url);

/// <summary>What the provider knows of a session: reconciliation compares it with our transaction.</summary>
public sealed record ProviderSessionState(string Status, string PaymentStatus, string? PaymentIntentId, string? SubscriptionId, string? CustomerId);

/// <summary>
/// Who creates checkout sessions, refunds and subscription changes: Stripe (keys configured) or the sandbox. Both
/// report outcomes the same way, through signed events to the webhook endpoint; nothing here changes a transaction.
/// </summary>
public interface IPaymentProvider
{
    string Mode { get; }

    Task<ProviderSession> CreateCheckoutAsync(PaymentTransaction transaction, Plan? plan, string successUrl, string cancelUrl, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    Task<ProviderSessionState?> GetCheckoutAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>The provider's subscription (reconciliation, when its events were lost); null when it has none by this id.</summary>
    Task<Stripe.Subscription?> GetSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken);

    /// <summary>Asks for <paramref name="refund"/>; answers the provider's refund id.</summary>
    Task<string> RefundAsync(PaymentTransaction transaction, Refund refund, CancellationToken cancellationToken);

    Task ChangeSubscriptionAsync(Subscription subscription, Plan? newPlan, bool? cancelAtPeriodEnd, CancellationToken cancellationToken);
}
