using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using HarAcademy.Payments.Data;
using HarAcademy.Payments.Extensions;
using HarAcademy.Payments.Model;
using HarAcademy.Payments.Providers;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Payments.Subscriptions;

public sealed record SubscriptionView(
    Guid Id, string Plan, string Status, long AmountPerMonth, string Currency, string Mode, DateTimeOffset StartedAt,
    DateTimeOffset? RenewalDate, bool CancelAtPeriodEnd, DateTimeOffset? CancelledDate)
{
    public static SubscriptionView From(Subscription s) =>
        new(s.Id, s.Plan, s.Status, s.AmountPerMonth, s.Currency, s.Mode, s.StartedAt, s.RenewalDate, s.CancelAtPeriodEnd, s.CancelledDate);
}

/// <summary>Upgrade or downgrade (<c>plan</c>), cancel at the period's end or resume (<c>cancel_at_period_end</c>).</summary>
public sealed record SubscriptionChangeRequest([property: MaxLength(20)] string? Plan, bool? CancelAtPeriodEnd);

/// <summary>
/// <c>GET|PATCH /api/v1/payments/subscriptions/me</c>. A change is asked of the provider (Stripe, or the sandbox); our
/// copy changes when its event comes back through the webhook, as every other change does, so the two never disagree.
/// </summary>
public static class SubscriptionsApi
{
    public static IEndpointRouteBuilder MapSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        var mine = app.MapGroup("/api/v1/payments/subscriptions/me").WithTags("Subscriptions");
        mine.MapGet("/", Get);
        mine.MapPatch("/", Change);
        return app;
    }

    public static async Task<Results<Ok<SubscriptionView>, ProblemHttpResult>> Get(PaymentsDbContext database, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        var subscription = await database.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == me, cancellationToken);
        return subscription is null
            ? TypedResults.Problem("You have no subscription.", statusCode: StatusCodes.Status404NotFound, title: "Not found")
            : TypedResults.Ok(SubscriptionView.From(subscription));
    }

    public static async Task<Results<Ok<SubscriptionView>, ProblemHttpResult, ValidationProblem>> Change(
        SubscriptionChangeRequest request, PaymentsDbContext database, IPaymentProvider provider, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var newPlan = request.Plan is null ? null : Model.Plans.Find(request.Plan);
        if (request.Plan is not null && newPlan is null)
        {
            return Problems.Field("plan", "The plan is basic, pro or enterprise.");
        }

        if (newPlan is null && request.CancelAtPeriodEnd is null)
        {
            return Problems.Field("plan", "Give a new plan, or cancel_at_period_end.");
        }

        var me = user.UserId();
        var subscription = await database.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == me, cancellationToken);
        if (subscription is null || subscription.Status != SubscriptionStatuses.Active)
        {
            return Problems.Conflict("You have no active subscription to change: choose a plan to subscribe.");
        }

        if (subscription.Mode != provider.Mode)
        {
            return Problems.Conflict($"This subscription was made in {subscription.Mode} mode; the service now runs in {provider.Mode} mode.");
        }

        if (newPlan?.Name == subscription.Plan) newPlan = null;
        if (newPlan is null && request.CancelAtPeriodEnd == subscription.CancelAtPeriodEnd)
        {
            return TypedResults.Ok(SubscriptionView.From(subscription)); // nothing to change
        }

        try
        {
            await provider.ChangeSubscriptionAsync(subscription, newPlan, request.CancelAtPeriodEnd, cancellationToken);
        }
        catch (Stripe.StripeException exception)
        {
            return Problems.ProviderFailed($"Stripe refused the change: {exception.StripeError?.Message ?? exception.Message}");
        }

        // In sandbox mode the event is already applied; with Stripe it usually is within a second. Answer what we hold now.
        database.ChangeTracker.Clear();
        var updated = await database.Subscriptions.AsNoTracking().FirstAsync(s => s.Id == subscription.Id, cancellationToken);
        return TypedResults.Ok(SubscriptionView.From(updated));
    }
}
