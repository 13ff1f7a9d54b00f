using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HarAcademy.Payments.Webhooks;

namespace HarAcademy.Payments.Tests.Infrastructure;

/// <summary>What the tests buy and how: paid courses made through the authoring API, checkouts, signed webhook events.</summary>
public static class Shop
{
    private const string Description = "A paid course written by the payments suite, long enough to be published: fifty characters.";

    /// <summary>A published paid course (one text lesson) by <paramref name="instructor"/>.</summary>
    public static async Task<Guid> PaidCourseAsync(User instructor, decimal price = 49m, string level = "intermediate")
    {
        var course = await instructor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/courses", new
        {
            title = $"Paid course {Guid.NewGuid():N}",
            description = Description,
            language = "en",
            domain = "Python",
            level,
            price = new { amount = price, currency = "EUR", pricing_model = price == 0 ? "free" : "one_time" },
        });
        var id = course.GetProperty("id").GetGuid();
        var module = await instructor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/courses/{id}/modules", new { title = "Module 1" });
        await instructor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/courses/{id}/modules/{module.GetProperty("id")}/lessons",
            new { title = "Lesson 1", type = "text", markdown = "# Lesson\n\nSome text.", duration_seconds = 600 });
        await instructor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/courses/{id}/publish");
        return id;
    }

    /// <summary>Starts a checkout; (transaction id, sandbox session id).</summary>
    public static async Task<(Guid Transaction, string Session)> CheckoutAsync(User buyer, object body)
    {
        using var response = await buyer.SendAsync(HttpMethod.Post, "/api/v1/payments/checkout", body);
        var text = await response.Content.ReadAsStringAsync(PaymentsGraph.Cancel);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, text);
        var checkout = JsonDocument.Parse(text).RootElement;
        Assert.Equal("sandbox", checkout.GetProperty("mode").GetString());
        return (checkout.GetProperty("transaction_id").GetGuid(), checkout.GetProperty("checkout_url").GetString()!.Split('/')[^1]);
    }

    /// <summary>Buys a course in sandbox mode (checkout, then the test-mode page's confirmation); the transaction id.</summary>
    public static async Task<Guid> BuyAsync(User buyer, Guid courseId, string card = "4242 4242 4242 4242")
    {
        var (transaction, session) = await CheckoutAsync(buyer, new { course_id = courseId });
        await buyer.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/payments/sandbox/sessions/{session}/confirm", new { card_number = card });
        return transaction;
    }

    public static async Task<JsonElement> TransactionAsync(User viewer, Guid transactionId) =>
        await viewer.GetAsync($"/api/v1/payments/transactions/{transactionId}");

    /// <summary>The learner's enrollment status in the course as the courses service holds it, or null.</summary>
    public static Task<string?> EnrollmentStatusAsync(PaymentsGraph graph, User learner, Guid courseId) =>
        graph.CoursesScalarAsync<string?>("SELECT status FROM enrollments WHERE learner_id = @l AND course_id = @c", ("l", learner.Id), ("c", courseId));

    public static Task<bool> EnrollmentBecomesAsync(PaymentsGraph graph, User learner, Guid courseId, string? status, int seconds = 20) =>
        Poll.UntilAsync(async () => await EnrollmentStatusAsync(graph, learner, courseId) == status, TimeSpan.FromSeconds(seconds));

    /// <summary>A Stripe event envelope around <paramref name="data"/>, as Stripe sends it.</summary>
    public static JsonObject Event(string type, JsonObject data, string? id = null, DateTimeOffset? created = null) => new()
    {
        ["id"] = id ?? $"evt_test_{Guid.NewGuid():N}",
        ["object"] = "event",
        ["api_version"] = Stripe.StripeConfiguration.ApiVersion,
        ["created"] = (created ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds(),
        ["livemode"] = false,
        ["type"] = type,
        ["data"] = new JsonObject { ["object"] = data },
    };

    /// <summary>Posts <paramref name="payload"/> to the webhook endpoint through the gateway, signed (or not) as given.</summary>
    public static async Task<HttpResponseMessage> DeliverAsync(PaymentsGraph graph, string payload, string? signature = null)
    {
        using var client = new HttpClient { BaseAddress = graph.Gateway };
        return await DeliverAsync(client, payload, signature ?? WebhookSignature.Sign(payload, PaymentsGraph.WebhookSecret, DateTimeOffset.UtcNow));
    }

    /// <summary>Posts <paramref name="payload"/> to the webhook endpoint <paramref name="client"/> reaches, with this Stripe-Signature.</summary>
    public static async Task<HttpResponseMessage> DeliverAsync(HttpClient client, string payload, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/webhooks/stripe") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(WebhookSignature.Header, signature);
        return await client.SendAsync(request, PaymentsGraph.Cancel);
    }

    public static async Task<JsonElement> DeliverOkAsync(PaymentsGraph graph, JsonObject stripeEvent)
    {
        using var response = await DeliverAsync(graph, stripeEvent.ToJsonString());
        var text = await response.Content.ReadAsStringAsync(PaymentsGraph.Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>What Stripe sends when a one-time checkout is paid.</summary>
    public static JsonObject PaidSession(Guid transactionId, string sessionId, string paymentIntent, long amount) => new()
    {
        ["id"] = sessionId,
        ["object"] = "checkout.session",
        ["mode"] = "payment",
        ["status"] = "complete",
        ["payment_status"] = "paid",
        ["client_reference_id"] = transactionId.ToString(),
        ["amount_total"] = amount,
        ["currency"] = "eur",
        ["payment_intent"] = paymentIntent,
        ["customer"] = "cus_test",
        ["payment_method_types"] = new JsonArray("card"),
        ["metadata"] = new JsonObject { ["transaction_id"] = transactionId.ToString() },
    };

    public static JsonObject Refund(string refundId, string paymentIntent, long amount, string status = "succeeded") => new()
    {
        ["id"] = refundId,
        ["object"] = "refund",
        ["amount"] = amount,
        ["currency"] = "eur",
        ["payment_intent"] = paymentIntent,
        ["status"] = status,
        ["metadata"] = new JsonObject(),
    };

    public static JsonObject RefundedCharge(string paymentIntent, long amount, long refunded) => new()
    {
        ["id"] = "ch_" + paymentIntent,
        ["object"] = "charge",
        ["amount"] = amount,
        ["amount_refunded"] = refunded,
        ["refunded"] = refunded >= amount,
        ["currency"] = "eur",
        ["payment_intent"] = paymentIntent,
        ["paid"] = true,
        ["status"] = "succeeded",
    };
}
