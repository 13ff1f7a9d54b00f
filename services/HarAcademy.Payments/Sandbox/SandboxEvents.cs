using System.Text.Json.Nodes;
using HarAcademy.Payments.Model;
using HarAcademy.Payments.Providers;

namespace HarAcademy.Payments.Sandbox;

/// <summary>
/// Stripe-shaped events for sandbox mode: the fields our webhook handler and Stripe.net read, with the names, types
/// and nesting of Stripe's API (Stripe.net's own API version), so the sandbox exercises the real
/// verification and fulfilment path. Ids carry Stripe's prefixes and "sbx".
/// </summary>
public static class SandboxEvents
{
    public static string NewId(string prefix) => $"{prefix}_sbx_{Guid.CreateVersion7():N}";

    public static JsonObject Envelope(string type, JsonObject data, DateTimeOffset at) => new()
    {
        ["id"] = NewId("evt"),
        ["object"] = "event",
        ["api_version"] = Stripe.StripeConfiguration.ApiVersion,
        ["created"] = at.ToUnixTimeSeconds(),
        ["livemode"] = false,
        ["pending_webhooks"] = 1,
        ["type"] = type,
        ["data"] = new JsonObject { ["object"] = data },
    };

    public static JsonObject Metadata(PaymentTransaction transaction)
    {
        var metadata = new JsonObject
        {
            [CheckoutMetadata.TransactionId] = transaction.Id.ToString(),
            [CheckoutMetadata.UserId] = transaction.UserId.ToString(),
        };
        if (transaction.CourseId is { } courseId) metadata[CheckoutMetadata.CourseId] = courseId.ToString();
        if (transaction.Plan is { } plan) metadata[CheckoutMetadata.Plan] = plan;
        return metadata;
    }

    public static JsonObject CheckoutSession(SandboxSession session, PaymentTransaction transaction, string status, string paymentStatus) => new()
    {
        ["id"] = session.Id,
        ["object"] = "checkout.session",
        ["mode"] = transaction.Kind == TransactionKinds.Subscription ? "subscription" : "payment",
        ["status"] = status,
        ["payment_status"] = paymentStatus,
        ["client_reference_id"] = transaction.Id.ToString(),
        ["amount_total"] = transaction.Amount,
        ["currency"] = transaction.Currency.ToLowerInvariant(),
        ["customer"] = session.CustomerId,
        ["customer_email"] = transaction.UserEmail,
        ["payment_intent"] = session.PaymentIntentId,
        ["subscription"] = session.SubscriptionId,
        ["payment_method_types"] = new JsonArray("card"),
        ["metadata"] = Metadata(transaction),
        ["success_url"] = session.SuccessUrl,
        ["cancel_url"] = session.CancelUrl,
        ["created"] = session.CreatedAt.ToUnixTimeSeconds(),
        ["expires_at"] = session.ExpiresAt.ToUnixTimeSeconds(),
    };

    public static JsonObject FailedPaymentIntent(string id, PaymentTransaction transaction, string message) => new()
    {
        ["id"] = id,
        ["object"] = "payment_intent",
        ["amount"] = transaction.Amount,
        ["currency"] = transaction.Currency.ToLowerInvariant(),
        ["status"] = "requires_payment_method",
        ["metadata"] = Metadata(transaction),
        ["last_payment_error"] = new JsonObject { ["type"] = "card_error", ["code"] = "card_declined", ["decline_code"] = "generic_decline", ["message"] = message },
    };

    public static JsonObject Refund(string id, Refund refund, PaymentTransaction transaction) => new()
    {
        ["id"] = id,
        ["object"] = "refund",
        ["amount"] = refund.Amount,
        ["currency"] = transaction.Currency.ToLowerInvariant(),
        ["payment_intent"] = transaction.PaymentIntentId,
        ["charge"] = ChargeId(transaction),
        ["status"] = "succeeded",
        ["reason"] = "requested_by_customer",
        ["created"] = refund.CreatedAt.ToUnixTimeSeconds(),
        ["metadata"] = new JsonObject
        {
            [CheckoutMetadata.RefundId] = refund.Id.ToString(),
            [CheckoutMetadata.TransactionId] = transaction.Id.ToString(),
        },
    };

    public static JsonObject Charge(PaymentTransaction transaction, long amountRefunded) => new()
    {
        ["id"] = ChargeId(transaction),
        ["object"] = "charge",
        ["amount"] = transaction.Amount,
        ["amount_captured"] = transaction.Amount,
        ["amount_refunded"] = amountRefunded,
        ["refunded"] = amountRefunded >= transaction.Amount,
        ["currency"] = transaction.Currency.ToLowerInvariant(),
        ["payment_intent"] = transaction.PaymentIntentId,
        ["paid"] = true,
        ["status"] = "succeeded",
        ["metadata"] = Metadata(transaction),
    };

    public static JsonObject Subscription(string id, string customerId, Guid userId, Plan plan, string status, DateTimeOffset periodStart, DateTimeOffset periodEnd, bool cancelAtPeriodEnd, DateTimeOffset? canceledAt) => new()
    {
        ["id"] = id,
        ["object"] = "subscription",
        ["customer"] = customerId,
        ["status"] = status,
        ["cancel_at_period_end"] = cancelAtPeriodEnd,
        ["canceled_at"] = canceledAt?.ToUnixTimeSeconds(),
        ["start_date"] = periodStart.ToUnixTimeSeconds(),
        ["currency"] = plan.Currency.ToLowerInvariant(),
        ["metadata"] = new JsonObject { [CheckoutMetadata.UserId] = userId.ToString(), [CheckoutMetadata.Plan] = plan.Name },
        ["items"] = new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray(new JsonObject
            {
                ["id"] = $"si_sbx_{id}",
                ["object"] = "subscription_item",
                ["current_period_start"] = periodStart.ToUnixTimeSeconds(),
                ["current_period_end"] = periodEnd.ToUnixTimeSeconds(),
                ["price"] = new JsonObject
                {
                    ["id"] = $"price_sbx_{plan.Name}",
                    ["object"] = "price",
                    ["currency"] = plan.Currency.ToLowerInvariant(),
                    ["unit_amount"] = plan.AmountPerMonth,
                    ["recurring"] = new JsonObject { ["interval"] = "month", ["interval_count"] = 1 },
                },
                ["quantity"] = 1,
            }),
        },
    };

    public static JsonObject PaidInvoice(string id, string subscriptionId, string customerId, string paymentIntentId, Plan plan, string billingReason, DateTimeOffset at) => new()
    {
        ["id"] = id,
        ["object"] = "invoice",
        ["customer"] = customerId,
        ["status"] = "paid",
        ["billing_reason"] = billingReason,
        ["amount_due"] = plan.AmountPerMonth,
        ["amount_paid"] = plan.AmountPerMonth,
        ["currency"] = plan.Currency.ToLowerInvariant(),
        ["created"] = at.ToUnixTimeSeconds(),
        ["parent"] = new JsonObject
        {
            ["type"] = "subscription_details",
            ["subscription_details"] = new JsonObject
            {
                ["subscription"] = subscriptionId,
                ["metadata"] = new JsonObject { [CheckoutMetadata.Plan] = plan.Name },
            },
        },
        ["payments"] = new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray(new JsonObject
            {
                ["id"] = NewId("inpay"),
                ["object"] = "invoice_payment",
                ["status"] = "paid",
                ["payment"] = new JsonObject { ["type"] = "payment_intent", ["payment_intent"] = paymentIntentId },
            }),
        },
    };

    /// <summary>The sandbox's charge of a transaction: one per payment intent, named after it.</summary>
    private static string? ChargeId(PaymentTransaction transaction) =>
        transaction.PaymentIntentId is { } paymentIntent ? "ch" + paymentIntent[2..] : null;
}
