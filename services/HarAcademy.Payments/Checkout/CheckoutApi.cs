using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using HarAcademy.Payments.Data;
using HarAcademy.Payments.Extensions;
using HarAcademy.Payments.Model;
using HarAcademy.Payments.Providers;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HarAcademy.Payments.Checkout;

/// <summary>
/// <c>POST /api/v1/payments/checkout</c>: a pending transaction and the provider's checkout page for it. One open
/// checkout per learner and course (and per learner for a plan): a second click, or a retried request, answers the
/// same one, which is also the key Stripe deduplicates the session by.
/// </summary>
public static class CheckoutApi
{
    public static IEndpointRouteBuilder MapCheckoutApi(this IEndpointRouteBuilder app)
    {
        var payments = app.MapGroup("/api/v1/payments").WithTags("Checkout");
        payments.MapGet("/plans", () => TypedResults.Ok(Model.Plans.All.Select(PlanView.From).ToList()));
        payments.MapPost("/checkout", Checkout);
        payments.MapGet("/transactions/{id:guid}", Get);
        payments.MapGet("/me", Mine);
        return app;
    }

    public static async Task<Results<Created<CheckoutResponse>, Ok<CheckoutResponse>, ProblemHttpResult, ValidationProblem>> Checkout(
        CheckoutRequest request, HttpContext http, PaymentsDbContext database, CoursesClient courses, IPaymentProvider provider,
        IOptions<PaymentsOptions> options, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request.CourseId is null == request.Plan is null)
        {
            return Problems.Field("course_id", "Give either course_id (a paid course) or plan (basic, pro or enterprise), not both.");
        }

        var userId = user.UserId();
        var transaction = new PaymentTransaction
        {
            UserId = userId,
            UserEmail = user.FindFirst("email")?.Value ?? "",
            UserName = user.FindFirst("name")?.Value ?? "",
            Language = http.Request.Headers.AcceptLanguage.ToString().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "fr",
            Mode = provider.Mode,
            CreatedAt = clock.GetUtcNow(),
        };
        Plan? plan = null;
        if (request.CourseId is { } courseId)
        {
            var refusal = await PriceCourseAsync(transaction, courseId, http.Request.Headers.Authorization.ToString(), database, courses, cancellationToken);
            if (refusal is not null) return refusal;
        }
        else
        {
            plan = Model.Plans.Find(request.Plan);
            if (plan is null)
            {
                return Problems.Field("plan", "The plan is basic, pro or enterprise.");
            }

            if (await database.Subscriptions.AnyAsync(s => s.UserId == userId && (s.Status == SubscriptionStatuses.Active || s.Status == SubscriptionStatuses.Paused), cancellationToken))
            {
                return Problems.Conflict("You already have a subscription: change its plan instead (PATCH /api/v1/payments/subscriptions/me).");
            }

            transaction.Kind = TransactionKinds.Subscription;
            transaction.Plan = plan.Name;
            transaction.Description = Fulfilment.PaymentMessages.PlanDescription(plan, transaction.Language);
            transaction.Amount = plan.AmountPerMonth;
            transaction.Currency = plan.Currency;
        }

        if (await OpenCheckoutAsync(database, provider, transaction, clock, cancellationToken) is { } open)
        {
            return TypedResults.Ok(open);
        }

        database.Transactions.Add(transaction);
        try
        {
            await database.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another click won the race: answer its checkout.
            return await OpenCheckoutAsync(database, provider, transaction, clock, cancellationToken) is { } winner
                ? TypedResults.Ok(winner)
                : Problems.Conflict("A checkout for this course is being prepared; try again in a moment.");
        }

        var web = options.Value.PublicWebUrl.TrimEnd('/');
        try
        {
            var session = await provider.CreateCheckoutAsync(transaction, plan, $"{web}/checkout/success?transaction_id={transaction.Id}",
                $"{web}/checkout/cancelled?transaction_id={transaction.Id}", clock.GetUtcNow() + options.Value.CheckoutLifetime, cancellationToken);
            transaction.CheckoutSessionId = session.Id;
            transaction.CheckoutUrl = session.Url;
            await database.SaveChangesAsync(cancellationToken);
        }
        catch (Stripe.StripeException exception)
        {
            transaction.Status = TransactionStatuses.Failed;
            transaction.FailureReason = $"Stripe refused the checkout: {exception.StripeError?.Message ?? exception.Message}";
            await database.SaveChangesAsync(CancellationToken.None);
            return Problems.ProviderFailed("Stripe could not open the checkout; nothing was charged. Try again in a moment.");
        }

        return TypedResults.Created($"/api/v1/payments/transactions/{transaction.Id}", new CheckoutResponse(transaction.Id, transaction.CheckoutUrl, provider.Mode));
    }

    /// <summary>Fills the transaction from the course's own price; a problem when it cannot be bought by this user.</summary>
    private static async Task<ProblemHttpResult?> PriceCourseAsync(PaymentTransaction transaction, Guid courseId, string authorization,
        PaymentsDbContext database, CoursesClient courses, CancellationToken cancellationToken)
    {
        CourseForSale? course;
        IReadOnlyList<LearnerEnrollment> enrollments;
        try
        {
            course = await courses.GetCourseAsync(courseId, authorization, cancellationToken);
            enrollments = course is null ? [] : await courses.MyEnrollmentsAsync(authorization, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return Problems.Unavailable("The course catalog cannot be reached right now; nothing was charged. Try again in a moment.");
        }

        if (course is null || course.Status != "published")
        {
            return Problems.NotFound("published course");
        }

        if (course.Price.PricingModel == "free" || course.Price.Amount <= 0)
        {
            return Problems.Unprocessable("Free course", "This course is free: enroll directly (POST /api/v1/enrollments).");
        }

        if (enrollments.Any(e => e.CourseId == courseId))
        {
            return Problems.Conflict("You are already enrolled in this course.");
        }

        var userId = transaction.UserId;
        var subscription = await database.Subscriptions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.UserId == userId && s.Status == SubscriptionStatuses.Active, cancellationToken);
        if (subscription is not null && SubscriptionCovers(subscription.Plan, course.Level))
        {
            return Problems.Conflict("This course is included in your subscription: enroll directly.");
        }

        var minor = course.Price.Amount * 100;
        if (minor != decimal.Truncate(minor))
        {
            return Problems.Unprocessable("Unpayable price", "The course's price has fractions of a cent; its instructor must correct it.");
        }

        transaction.Kind = TransactionKinds.Course;
        transaction.CourseId = courseId;
        transaction.Description = course.Title;
        transaction.Amount = (long)minor;
        transaction.Currency = course.Price.Currency.ToUpperInvariant();
        return null;
    }

    /// <summary>What a plan opens (the courses service applies the same rule from <c>SubscriptionChanged</c>).</summary>
    public static bool SubscriptionCovers(string plan, string level) =>
        Model.Plans.Find(plan)?.Grants switch
        {
            "all_courses" => true,
            "beginner_courses" => level == "beginner",
            _ => false,
        };

    /// <summary>
    /// The buyer's open checkout for the same thing, when there is one still payable (waiting a moment for one being
    /// prepared by a simultaneous click); an expired or abandoned one is failed so a new one can start.
    /// </summary>
    private static async Task<CheckoutResponse?> OpenCheckoutAsync(PaymentsDbContext database, IPaymentProvider provider, PaymentTransaction wanted,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            database.ChangeTracker.Clear();
            var pending = await database.Transactions
                .Where(t => t.UserId == wanted.UserId && t.Status == TransactionStatuses.Pending && t.Kind == wanted.Kind
                    && t.CourseId == wanted.CourseId && t.Plan == wanted.Plan)
                .OrderByDescending(t => t.CreatedAt).FirstOrDefaultAsync(cancellationToken);
            if (pending is null)
            {
                return null;
            }

            if (pending.CheckoutSessionId is null)
            {
                // Another request is asking the provider for its session right now; one that died doing so is given up.
                if (clock.GetUtcNow() - pending.CreatedAt < PreparationTimeout && attempt < 50)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100), clock, cancellationToken);
                    continue;
                }

                await FailAsync(database, pending, "The checkout could not be opened.", cancellationToken);
                return null;
            }

            var session = await provider.GetCheckoutAsync(pending.CheckoutSessionId, cancellationToken);
            // Still payable, or paid with its confirmation on the way: either way it is the one, not a second purchase.
            if (session?.Status is "open" or "complete" && pending.Amount == wanted.Amount)
            {
                return new CheckoutResponse(pending.Id, pending.CheckoutUrl!, pending.Mode);
            }

            await FailAsync(database, pending, "Replaced by a new checkout.", cancellationToken);
            return null;
        }
    }

    private static readonly TimeSpan PreparationTimeout = TimeSpan.FromSeconds(30);

    private static async Task FailAsync(PaymentsDbContext database, PaymentTransaction pending, string reason, CancellationToken cancellationToken)
    {
        pending.Status = TransactionStatuses.Failed;
        pending.FailureReason = reason;
        await database.SaveChangesAsync(cancellationToken);
    }

    public static async Task<Results<Ok<TransactionView>, ProblemHttpResult>> Get(Guid id, PaymentsDbContext database, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var transaction = await database.Transactions.AsNoTracking().Include(t => t.Refunds).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        return transaction is null || transaction.UserId != user.UserId() && !user.IsInRole(Roles.Admin)
            ? Problems.NotFound("payment")
            : TypedResults.Ok(TransactionView.From(transaction));
    }

    /// <summary>My payments, newest first.</summary>
    public static async Task<Ok<TransactionPage>> Mine(PaymentsDbContext database, ClaimsPrincipal user, CancellationToken cancellationToken,
        [Range(1, 10_000)] int page = 1, [Range(1, 100), FromQuery(Name = "page_size")] int pageSize = 20)
    {
        var me = user.UserId();
        var query = database.Transactions.AsNoTracking().Where(t => t.UserId == me);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Include(t => t.Refunds).OrderByDescending(t => t.CreatedAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new TransactionPage([.. items.Select(TransactionView.From)], total, page, pageSize));
    }
}

public sealed record PlanView(string Plan, long AmountPerMonth, string Currency, string Grants)
{
    public static PlanView From(Plan plan) => new(plan.Name, plan.AmountPerMonth, plan.Currency, plan.Grants);
}
