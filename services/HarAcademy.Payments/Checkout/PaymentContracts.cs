using System.ComponentModel.DataAnnotations;
using HarAcademy.Payments.Model;

namespace HarAcademy.Payments.Checkout;

/// <summary>Either a paid course (bought once) or a plan (a monthly subscription).</summary>
public sealed record CheckoutRequest(Guid? CourseId, [property: MaxLength(20)] string? Plan);

public sealed record CheckoutResponse(Guid TransactionId, string CheckoutUrl, string Mode);

public sealed record RefundView(Guid Id, long Amount, string Reason, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SucceededAt)
{
    public static RefundView From(Refund refund) => new(refund.Id, refund.Amount, refund.Reason, refund.Status, refund.CreatedAt, refund.SucceededAt);
}

/// <summary>A payment as its buyer and admins see it. Amounts in minor units (cents).</summary>
public sealed record TransactionView(
    Guid Id,
    Guid UserId,
    string UserEmail,
    string Kind,
    Guid? CourseId,
    string? Plan,
    string Description,
    long Amount,
    long AmountRefunded,
    string Currency,
    string Status,
    string? PaymentMethod,
    string Mode,
    string? FailureReason,
    Guid? InvoiceId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? RefundedAt,
    DateTimeOffset? DisputedAt,
    IReadOnlyList<RefundView> Refunds)
{
    public static TransactionView From(PaymentTransaction t) => new(
        t.Id, t.UserId, t.UserEmail, t.Kind, t.CourseId, t.Plan, t.Description, t.Amount, t.AmountRefunded, t.Currency, t.Status,
        t.PaymentMethod, t.Mode, t.FailureReason, t.InvoiceId, t.CreatedAt, t.CompletedAt, t.RefundedAt, t.DisputedAt,
        [.. t.Refunds.OrderBy(r => r.CreatedAt).Select(RefundView.From)]);
}

public sealed record TransactionPage(IReadOnlyList<TransactionView> Items, int Total, int Page, int PageSize);
