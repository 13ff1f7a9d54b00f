using System.Text;
using System.Text.Json;
using HarAcademy.Payments.Data;
using HarAcademy.Payments.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace HarAcademy.Payments.Webhooks;

/// <summary>
/// <c>POST /api/v1/payments/webhooks/stripe</c>, Stripe's (and the sandbox's) only way in. Anonymous: the signature is
/// the authentication. Verified (<c>Stripe-Signature</c>, 300 s tolerance), stored once by event id, answered, and
/// processed at once; whatever could not be processed now is the retry worker's.
/// </summary>
public static class WebhookApi
{
    /// <summary>Stripe's events are a few kilobytes; anything near this is not one.</summary>
    private const int MaxPayloadBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapWebhookApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/payments/webhooks/stripe", Receive).AllowAnonymous().WithTags("Webhooks")
            .Accepts<JsonElement>("application/json");
        return app;
    }

    public static async Task<Results<Ok<WebhookReceipt>, ProblemHttpResult>> Receive(
        HttpRequest request, PaymentsDbContext database, StripeEventProcessor processor, WebhookRetryWorker.Wake wake,
        IOptions<PaymentsOptions> options, TimeProvider clock, ILogger<WebhookReceipt> logger, CancellationToken cancellationToken)
    {
        if (request.Headers[WebhookSignature.Header].ToString() is not { Length: > 0 } signature)
        {
            return Refused("The Stripe-Signature header is missing.");
        }

        // The declared length is not trusted: the body is read up to the limit whatever it says.
        if (request.ContentLength > MaxPayloadBytes || await ReadAsync(request, cancellationToken) is not { } payload)
        {
            return TypedResults.Problem("A webhook event is at most 512 KB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large");
        }

        try
        {
            EventUtility.ValidateSignature(payload, signature, options.Value.WebhookSecret, options.Value.WebhookToleranceSeconds);
        }
        catch (StripeException)
        {
            logger.LogWarning("A webhook event with a signature that does not verify (or too old) was refused");
            return Refused("The signature does not verify with this endpoint's secret, or its timestamp is outside the 300 s tolerance.");
        }

        if (Envelope(payload) is not { } envelope)
        {
            return Refused("The body is not a Stripe event (id, type and created are required).");
        }

        // Stored before it is answered: once Stripe has its 200, the event is ours to process, whatever happens next.
        var inserted = await database.Database.ExecuteSqlAsync($"""
            INSERT INTO stripe_events (id, type, payload, created, received_at, attempts)
            VALUES ({envelope.Id}, {envelope.Type}, {payload}::jsonb, {envelope.Created}, {clock.GetUtcNow()}, 0)
            ON CONFLICT (id) DO NOTHING
            """, cancellationToken);
        if (inserted == 0)
        {
            return TypedResults.Ok(new WebhookReceipt(envelope.Id, Duplicate: true, Processed: true));
        }

        var processed = await processor.ProcessAsync(envelope.Id, cancellationToken);
        // Either this event waits, or it may be what earlier, waiting ones needed (a completion before its refund):
        // those are due now rather than at their backoff's end.
        if (!processed || Unblocking.Contains(envelope.Type) && await database.Database.ExecuteSqlAsync(
                $"UPDATE stripe_events SET next_attempt_at = {clock.GetUtcNow()} WHERE processed_at IS NULL AND attempts > 0 AND next_attempt_at > {clock.GetUtcNow()}", cancellationToken) > 0)
        {
            wake.Pulse();
        }

        return TypedResults.Ok(new WebhookReceipt(envelope.Id, Duplicate: false, processed));
    }

    /// <summary>Events that make a payment or a subscription known: what waiting events (refunds, disputes, renewals) wait for.</summary>
    private static readonly HashSet<string> Unblocking =
        ["checkout.session.completed", "checkout.session.async_payment_succeeded", "customer.subscription.created", "invoice.paid"];

    private static ProblemHttpResult Refused(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Webhook refused");

    private static async Task<string?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxPayloadBytes) return null;
            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static EventEnvelope? Envelope(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 and <= 255 } eventId
                && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() is { Length: > 0 and <= 100 } eventType
                && root.TryGetProperty("created", out var created) && created.ValueKind == JsonValueKind.Number && created.TryGetInt64(out var createdAt)
                && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                    ? new EventEnvelope(eventId, eventType, createdAt)
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record EventEnvelope(string Id, string Type, long Created);
}

/// <summary>The answer to Stripe: the event is ours now (and whether it was a redelivery).</summary>
public sealed record WebhookReceipt(string EventId, bool Duplicate, bool Processed);
