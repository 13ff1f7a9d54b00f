namespace HarAcademy.Payments.Model;

/// <summary>
/// One payment: a course bought once, or a subscription's period. Amounts in minor units (cents), never floating point.
/// Created pending at checkout; the webhook (or reconciliation) completes or fails it; refunds reduce it.
/// </summary>
public sealed class PaymentTransaction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public string UserEmail { get; set; } = "";
    public string UserName { get; set; } = "";
    /// <summary>The language of the user's notifications (fr or en), from their checkout.</summary>
    public string Language { get; set; } = "fr";
    public string Kind { get; set; } = TransactionKinds.Course;
    public Guid? CourseId { get; set; }
    public string? Plan { get; set; }
    public string Description { get; set; } = "";
    public long Amount { get; set; }
    public long AmountRefunded { get; set; }
    public string Currency { get; set; } = "EUR";
    public string Status { get; set; } = TransactionStatuses.Pending;
    public string? PaymentMethod { get; set; }
    public string Mode { get; set; } = PaymentModes.Sandbox;
    public string? FailureReason { get; set; }

    /// <summary>Stripe's ids (or the sandbox's, shaped alike): the session, its payment intent and charge, a subscription's invoice.</summary>
    public string? CheckoutSessionId { get; set; }
    /// <summary>Where the buyer pays (Stripe's hosted page, or the web app's sandbox page): a second click returns it.</summary>
    public string? CheckoutUrl { get; set; }
    public string? PaymentIntentId { get; set; }
    public string? ChargeId { get; set; }
    public string? StripeCustomerId { get; set; }
    public string? StripeSubscriptionId { get; set; }
    public string? StripeInvoiceId { get; set; }

    public Guid? InvoiceId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? RefundedAt { get; set; }
    public DateTimeOffset? DisputedAt { get; set; }

    public List<Refund> Refunds { get; set; } = [];

    public long Refundable => Status == TransactionStatuses.Completed ? Amount - AmountRefunded : 0;
}

/// <summary>Money given back, in full or in part, with the admin's reason (or "stripe" when made in Stripe's dashboard).</summary>
public sealed class Refund
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TransactionId { get; set; }
    public long Amount { get; set; }
    public string Reason { get; set; } = "";
    public string Status { get; set; } = RefundStatuses.Pending;
    public string? StripeRefundId { get; set; }
    public Guid? RequestedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SucceededAt { get; set; }
}
