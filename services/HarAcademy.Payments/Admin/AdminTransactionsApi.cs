using HarAcademy.ServiceDefaults.Data;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using HarAcademy.Payments.Checkout;
using HarAcademy.Payments.Data;
using HarAcademy.Payments.Extensions;
using HarAcademy.Payments.Model;
using HarAcademy.Payments.Providers;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Payments.Admin;

public sealed record RefundRequest([property: Range(1, long.MaxValue)] long? Amount, [property: Required, MinLength(3), MaxLength(500)] string? Reason);

/// <summary>Admins: search every payment, refund one in full or in part with a reason.</summary>
public static class AdminTransactionsApi
{
    public static IEndpointRouteBuilder MapAdminTransactionsApi(this IEndpointRouteBuilder app)
    {
        var transactions = app.MapGroup("/api/v1/payments/transactions").WithTags("Admin").RequireAuthorization(Roles.AdminPolicy);
        transactions.MapGet("/", Search);
        transactions.MapPost("/{id:guid}/refunds", RefundAsync);
        return app;
    }

    /// <summary><c>q</c>: part of an email or a description, or a transaction id; <c>from</c>/<c>to</c>: creation dates (inclusive).</summary>
    public static async Task<Results<Ok<TransactionPage>, ValidationProblem>> Search(
        PaymentsDbContext database, CancellationToken cancellationToken, string? q = null, string? status = null, string? kind = null,
        DateOnly? from = null, DateOnly? to = null,
        [Range(1, 10_000)] int page = 1, [Range(1, 100), FromQuery(Name = "page_size")] int pageSize = 20)
    {
        if (status is not (null or "" or TransactionStatuses.Pending or TransactionStatuses.Completed or TransactionStatuses.Failed or TransactionStatuses.Refunded))
        {
            return Problems.Field("status", "The status is pending, completed, failed or refunded.");
        }

        if (kind is not (null or "" or TransactionKinds.Course or TransactionKinds.Subscription))
        {
            return Problems.Field("kind", "The kind is course or subscription.");
        }

        var query = database.Transactions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            if (Guid.TryParse(text, out var id))
            {
                query = query.Where(t => t.Id == id || t.UserId == id || t.CourseId == id);
            }
            else
            {
                var pattern = $"%{text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
                query = query.Where(t => EF.Functions.ILike(t.UserEmail, pattern) || EF.Functions.ILike(t.Description, pattern) || EF.Functions.ILike(t.UserName, pattern));
            }
        }

        if (!string.IsNullOrEmpty(status)) query = query.Where(t => t.Status == status);
        if (!string.IsNullOrEmpty(kind)) query = query.Where(t => t.Kind == kind);
        if (from is { } start) query = query.Where(t => t.CreatedAt >= new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        if (to is { } end) query = query.Where(t => t.CreatedAt < new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Include(t => t.Refunds).OrderByDescending(t => t.CreatedAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new TransactionPage([.. items.Select(TransactionView.From)], total, page, pageSize));
    }

    /// <summary>
    /// Asks the provider for the refund. The refund row is written (pending, under the transaction's lock, within what is
    /// left to refund) before the provider is called, with its id as Stripe's idempotency key: a retried request cannot
    /// refund twice, and two admins refunding at once cannot refund more than was paid. Access ends when the
    /// provider's event says the whole amount is back.
    /// </summary>
    public static async Task<Results<Created<RefundView>, ProblemHttpResult, ValidationProblem>> RefundAsync(
        Guid id, RefundRequest request, PaymentsDbContext database, IPaymentProvider provider, TimeProvider clock, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        ProblemHttpResult? refusal = null;
        var refund = await database.InTransactionAsync<(Model.Refund, PaymentTransaction)?>(async token =>
        {
            if (!await database.LockTransactionAsync(id, token))
            {
                refusal = Problems.NotFound("payment");
                return null;
            }

            var transaction = await database.Transactions.Include(t => t.Refunds).FirstAsync(t => t.Id == id, token);
            var reserved = transaction.Refunds.Where(r => r.Status != RefundStatuses.Failed).Sum(r => r.Amount);
            var left = transaction.Status == TransactionStatuses.Completed ? transaction.Amount - Math.Max(reserved, transaction.AmountRefunded) : 0;
            if (left <= 0)
            {
                refusal = Problems.Conflict(transaction.Status is TransactionStatuses.Completed or TransactionStatuses.Refunded
                    ? "This payment is already refunded in full (or its refunds are on the way)."
                    : $"Only a completed payment can be refunded; this one is {transaction.Status}.");
                return null;
            }

            if (transaction.PaymentIntentId is null)
            {
                refusal = Problems.Conflict("This payment has no payment intent at the provider to refund.");
                return null;
            }

            var amount = request.Amount ?? left;
            if (amount > left)
            {
                refusal = TypedResults.Problem($"At most {left} (minor units) is left to refund.", statusCode: StatusCodes.Status400BadRequest, title: "Amount too large",
                    extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["amount"] = [$"At most {left} is left to refund."] } });
                return null;
            }

            var created = new Model.Refund
            {
                TransactionId = id, Amount = amount, Reason = request.Reason!.Trim(), RequestedBy = user.UserId(), CreatedAt = clock.GetUtcNow(),
            };
            database.Refunds.Add(created);
            await database.SaveChangesAsync(token);
            return (created, transaction);
        }, cancellationToken);
        if (refund is not var (pending, paid))
        {
            return refusal!;
        }

        try
        {
            var providerRefundId = await provider.RefundAsync(paid, pending, cancellationToken);
            await database.Refunds.Where(r => r.Id == pending.Id && r.StripeRefundId == null)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.StripeRefundId, providerRefundId), cancellationToken);
        }
        catch (Stripe.StripeException exception)
        {
            await database.Refunds.Where(r => r.Id == pending.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, RefundStatuses.Failed), CancellationToken.None);
            return Problems.ProviderFailed($"Stripe refused the refund: {exception.StripeError?.Message ?? exception.Message}");
        }

        var view = await database.Refunds.AsNoTracking().FirstAsync(r => r.Id == pending.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/payments/transactions/{id}", RefundView.From(view));
    }
}
