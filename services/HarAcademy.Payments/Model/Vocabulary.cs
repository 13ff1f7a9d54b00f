namespace HarAcademy.Payments.Model;

public static class TransactionStatuses
{
    public const string Pending = "pending";
    public const string Completed = "completed";
    public const string Failed = "failed";
    /// <summary>Refunded in full. A partial refund keeps <see cref="Completed"/> with an amount refunded.</summary>
    public const string Refunded = "refunded";
}

public static class TransactionKinds
{
    public const string Course = "course";
    public const string Subscription = "subscription";
}

public static class PaymentMethods
{
    public const string Card = "card";
    public const string BankTransfer = "bank_transfer";
    public const string Free = "free";

    /// <summary>Stripe's payment method types, as our three.</summary>
    public static string FromStripe(string? type) => type switch
    {
        null or "" or "card" or "link" => Card,
        "sepa_debit" or "customer_balance" or "us_bank_account" or "bacs_debit" or "bank_transfer" => BankTransfer,
        _ => Card,
    };
}

public static class SubscriptionStatuses
{
    public const string Active = "active";
    public const string Paused = "paused";
    public const string Cancelled = "cancelled";
    public const string Expired = "expired";

    /// <summary>Stripe's subscription statuses, as ours: an unpaid renewal pauses access; an abandoned first payment expires.</summary>
    public static string FromStripe(string status) => status switch
    {
        "active" or "trialing" => Active,
        "past_due" or "unpaid" or "paused" => Paused,
        "canceled" => Cancelled,
        _ => Expired, // incomplete, incomplete_expired
    };
}

public static class RefundStatuses
{
    public const string Pending = "pending";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}

/// <summary>Who creates checkout sessions and sends the events: Stripe, or this service itself (no keys configured).</summary>
public static class PaymentModes
{
    public const string Stripe = "stripe";
    public const string Sandbox = "sandbox";
}
