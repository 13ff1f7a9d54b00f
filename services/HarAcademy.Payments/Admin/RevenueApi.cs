using HarAcademy.Payments.Data;
using HarAcademy.Payments.Extensions;
using HarAcademy.Payments.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Payments.Admin;

public sealed record RevenueDay(DateOnly Date, long Gross, long Refunded, long Net);

public sealed record CourseRevenue(Guid CourseId, string Title, long Gross, long Refunded, int Count);

public sealed record PlanRevenue(string Plan, long Gross, long Refunded, int Count);

public sealed record RevenueReport(
    string Currency, DateOnly From, DateOnly To, long Gross, long Refunded, long Net, int Transactions,
    IReadOnlyList<RevenueDay> ByDay, IReadOnlyList<CourseRevenue> ByCourse, IReadOnlyList<PlanRevenue> ByPlan);

/// <summary>
/// <c>GET /api/v1/payments/revenue</c> (admins): money in (completed payments, by completion day) and out (succeeded
/// refunds, by refund day), per day, course and plan, in one currency. The range (a year at most) is read once over
/// indexed columns and summed here.
/// </summary>
public static class RevenueApi
{
    public static IEndpointRouteBuilder MapRevenueApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/payments/revenue", Get).WithTags("Admin").RequireAuthorization(Roles.AdminPolicy);
        return app;
    }

    public static async Task<Results<Ok<RevenueReport>, ValidationProblem>> Get(
        PaymentsDbContext database, TimeProvider clock, CancellationToken cancellationToken, DateOnly? from = null, DateOnly? to = null, string currency = "EUR")
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (first, last) = (from ?? today.AddDays(-29), to ?? today);
        if (last < first || last.DayNumber - first.DayNumber > 366)
        {
            return Problems.Field("from", "from must be on or before to, at most 366 days apart.");
        }

        currency = currency.ToUpperInvariant();
        var start = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        var paid = await database.Transactions.AsNoTracking()
            .Where(t => t.CompletedAt >= start && t.CompletedAt < end && t.Currency == currency
                && (t.Status == TransactionStatuses.Completed || t.Status == TransactionStatuses.Refunded))
            .Select(t => new { t.CompletedAt, t.Amount, t.Kind, t.CourseId, t.Plan, t.Description })
            .ToListAsync(cancellationToken);
        var refunds = await database.Refunds.AsNoTracking()
            .Where(r => r.Status == RefundStatuses.Succeeded && r.SucceededAt >= start && r.SucceededAt < end)
            .Join(database.Transactions.Where(t => t.Currency == currency), r => r.TransactionId, t => t.Id,
                (r, t) => new { r.SucceededAt, r.Amount, t.Kind, t.CourseId, t.Plan })
            .ToListAsync(cancellationToken);

        var grossByDay = paid.GroupBy(p => Day(p.CompletedAt!.Value)).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
        var refundedByDay = refunds.GroupBy(r => Day(r.SucceededAt!.Value)).ToDictionary(g => g.Key, g => g.Sum(r => r.Amount));
        var days = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays).Select(day =>
        {
            var gross = grossByDay.GetValueOrDefault(day);
            var refunded = refundedByDay.GetValueOrDefault(day);
            return new RevenueDay(day, gross, refunded, gross - refunded);
        }).ToList();
        var byCourse = paid.Where(p => p.CourseId is not null).GroupBy(p => p.CourseId!.Value)
            .Select(g => new CourseRevenue(g.Key, g.First().Description, g.Sum(p => p.Amount),
                refunds.Where(r => r.CourseId == g.Key).Sum(r => r.Amount), g.Count()))
            .OrderByDescending(c => c.Gross).ToList();
        var byPlan = paid.Where(p => p.Plan is not null).GroupBy(p => p.Plan!)
            .Select(g => new PlanRevenue(g.Key, g.Sum(p => p.Amount), refunds.Where(r => r.Plan == g.Key).Sum(r => r.Amount), g.Count()))
            .OrderBy(p => Plans.Rank(p.Plan)).ToList();
        var grossTotal = paid.Sum(p => p.Amount);
        var refundedTotal = refunds.Sum(r => r.Amount);
        return TypedResults.Ok(new RevenueReport(currency, first, last, grossTotal, refundedTotal, grossTotal - refundedTotal, paid.Count, days, byCourse, byPlan));
    }

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}
