namespace HarAcademy.Payments.Model;

/// <summary>A learner's plan, mirrored from Stripe's subscription (or the sandbox's). One per user at most.</summary>
public sealed class Subscription
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    /// <summary>The language of the user's notifications (fr or en), from their checkout.</summary>
    public string Language { get; set; } = "fr";
    public string Plan { get; set; } = Plans.Basic;
    public string Status { get; set; } = SubscriptionStatuses.Active;
    public long AmountPerMonth { get; set; }
    public string Currency { get; set; } = "EUR";
    public string Mode { get; set; } = PaymentModes.Sandbox;
    public string StripeSubscriptionId { get; set; } = "";
    public string? StripeCustomerId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? RenewalDate { get; set; }
    public bool CancelAtPeriodEnd { get; set; }
    public DateTimeOffset? CancelledDate { get; set; }
    /// <summary>The renewal date we last warned the user about (once per period).</summary>
    public DateTimeOffset? RenewalNoticeFor { get; set; }
    /// <summary>The creation time of the newest Stripe event applied: an older one arriving late changes nothing.</summary>
    public long LastEventCreated { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
