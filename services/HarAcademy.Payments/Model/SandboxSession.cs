namespace HarAcademy.Payments.Model;

/// <summary>
/// Sandbox mode's stand-in for a Stripe Checkout Session: what the test-mode page shows and confirms. It is the
/// provider's side of the sandbox (reconciliation reads it as it would read Stripe), kept in our database.
/// </summary>
public sealed class SandboxSession
{
    public string Id { get; set; } = "";
    public Guid TransactionId { get; set; }
    public Guid UserId { get; set; }
    public string Status { get; set; } = "open"; // open | complete | expired
    public string PaymentStatus { get; set; } = "unpaid"; // unpaid | paid
    public string SuccessUrl { get; set; } = "";
    public string CancelUrl { get; set; } = "";
    public string? PaymentIntentId { get; set; }
    public string? SubscriptionId { get; set; }
    public string CustomerId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
