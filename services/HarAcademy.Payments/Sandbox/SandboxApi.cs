using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using HarAcademy.Payments.Data;
using HarAcademy.Payments.Extensions;
using HarAcademy.Payments.Model;
using HarAcademy.Payments.Providers;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Payments.Sandbox;

public sealed record SandboxSessionView(
    string SessionId, Guid TransactionId, string Kind, string Description, Guid? CourseId, string? Plan, long Amount, string Currency,
    string Status, DateTimeOffset ExpiresAt, string SuccessUrl, string CancelUrl);

public sealed record SandboxConfirmRequest([property: MaxLength(30)] string? CardNumber);

public sealed record SandboxOutcome(string Status, Guid TransactionId, string RedirectUrl);

/// <summary>
/// The test-mode checkout page's endpoints (sandbox mode only: 404 in Stripe mode). Only the buyer sees and pays their
/// session; paying makes the sandbox send Stripe's events to the webhook endpoint, which does the rest.
/// </summary>
public static class SandboxApi
{
    public static IEndpointRouteBuilder MapSandboxApi(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/v1/payments/sandbox/sessions/{sessionId}").WithTags("Sandbox");
        sessions.MapGet("/", Get);
        sessions.MapPost("/confirm", Confirm);
        sessions.MapPost("/cancel", Cancel);
        return app;
    }

    public static async Task<Results<Ok<SandboxSessionView>, ProblemHttpResult>> Get(
        string sessionId, PaymentsDbContext database, IPaymentProvider provider, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await FindAsync(sessionId, database, provider, user, cancellationToken) is not var (session, transaction))
        {
            return Problems.NotFound("sandbox checkout session");
        }

        return TypedResults.Ok(View(session, transaction, clock));
    }

    public static async Task<Results<Ok<SandboxOutcome>, ProblemHttpResult, ValidationProblem>> Confirm(
        string sessionId, SandboxConfirmRequest? request, PaymentsDbContext database, IPaymentProvider provider, TimeProvider clock,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var card = new string((request?.CardNumber ?? "4242424242424242").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (card.Length is < 12 or > 19 || !card.All(char.IsAsciiDigit) || !Luhn(card))
        {
            return Problems.Field("card_number", "Use a test card: 4242 4242 4242 4242 (paid) or 4000 0000 0000 0002 (declined).");
        }

        if (await FindAsync(sessionId, database, provider, user, cancellationToken) is not var (session, transaction))
        {
            return Problems.NotFound("sandbox checkout session");
        }

        if (View(session, transaction, clock).Status is var status && status != "open")
        {
            return Problems.Conflict($"This checkout is {status}: start a new one.");
        }

        var delivered = await ((SandboxPaymentProvider)provider).ConfirmAsync(session, transaction, card, cancellationToken);
        var declined = card == SandboxPaymentProvider.DeclinedCard;
        // The webhook was processed on arrival: the transaction says how it went (still pending if delivery failed;
        // reconciliation completes it from the session).
        return TypedResults.Ok(new SandboxOutcome(declined ? "failed" : delivered ? "complete" : "processing", transaction.Id, declined ? session.CancelUrl : session.SuccessUrl));
    }

    public static async Task<Results<Ok<SandboxOutcome>, ProblemHttpResult>> Cancel(
        string sessionId, PaymentsDbContext database, IPaymentProvider provider, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await FindAsync(sessionId, database, provider, user, cancellationToken) is not var (session, transaction))
        {
            return Problems.NotFound("sandbox checkout session");
        }

        if (session.Status == "open")
        {
            await ((SandboxPaymentProvider)provider).CancelAsync(session, transaction, cancellationToken);
        }

        return TypedResults.Ok(new SandboxOutcome(session.Status, transaction.Id, session.CancelUrl));
    }

    private static async Task<(SandboxSession, PaymentTransaction)?> FindAsync(string sessionId, PaymentsDbContext database, IPaymentProvider provider,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (provider is not SandboxPaymentProvider || sessionId.Length > 100)
        {
            return null;
        }

        var session = await database.SandboxSessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || session.UserId != user.UserId())
        {
            return null;
        }

        var transaction = await database.Transactions.AsNoTracking().FirstAsync(t => t.Id == session.TransactionId, cancellationToken);
        return (session, transaction);
    }

    private static SandboxSessionView View(SandboxSession session, PaymentTransaction transaction, TimeProvider clock) => new(
        session.Id, transaction.Id, transaction.Kind, transaction.Description, transaction.CourseId, transaction.Plan, transaction.Amount, transaction.Currency,
        session.Status == "open" && session.ExpiresAt <= clock.GetUtcNow() ? "expired" : session.Status,
        session.ExpiresAt, session.SuccessUrl, session.CancelUrl);

    /// <summary>The card number's check digit, as card networks compute it (a typo is caught before "paying").</summary>
    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1 && (digit *= 2) > 9) digit -= 9;
            sum += digit;
        }

        return sum % 10 == 0;
    }
}
