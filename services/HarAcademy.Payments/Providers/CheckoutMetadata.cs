namespace HarAcademy.Payments.Providers;

/// <summary>The metadata keys that tie Stripe's objects to ours (checkout sessions, payment intents, subscriptions, refunds).</summary>
public static class CheckoutMetadata
{
    public const string TransactionId = "transaction_id";
    public const string UserId = "user_id";
    public const string CourseId = "course_id";
    public const string Plan = "plan";
    public const string RefundId = "refund_id";
}
