using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using HarAcademy.Payments.Tests.Infrastructure;
using HarAcademy.Payments.Webhooks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Npgsql;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace HarAcademy.Payments.Tests.StripeMode;

/// <summary>
/// Stripe mode: a payments host with Stripe keys, whose Stripe.net talks to a local Stripe double (WireMock.Net) through
/// <c>Payments:StripeApiBase</c>, over the graph's PostgreSQL (a database of its own), Redis, auth and courses. What it
/// asks Stripe (amount from the course, metadata, idempotency keys) and how Stripe's signed events complete it.
/// </summary>
public sealed class StripeModeTests(PaymentsGraph graph) : IAsyncLifetime
{
    private const string SecretKey = "sk_test_payments_suite";
    private const string WebhookSecret = "whsec_stripe_mode_suite";
    private readonly WireMockServer _stripe = WireMockServer.Start();
    private WebApplicationFactory<Program> _host = null!;

    public ValueTask InitializeAsync()
    {
        var database = new NpgsqlConnectionStringBuilder(graph.Server) { Database = $"har_payments_stripe_{Guid.NewGuid():N}" }.ConnectionString;
        _host = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.ConfigureLogging(logging => logging.ClearProviders()); // failures show in the assertions; the host's log would bury the results
            web.UseSetting("ConnectionStrings:paymentsdb", database);
            web.UseSetting("ConnectionStrings:redis", graph.Redis);
            web.UseSetting("services:auth:http:0", graph.Auth.ToString());
            web.UseSetting("services:courses:http:0", graph.Courses.ToString());
            web.UseSetting("Auth:RequireHttpsMetadata", "false");
            web.UseSetting("Payments:StripeSecretKey", SecretKey);
            web.UseSetting("Payments:StripeApiBase", _stripe.Url);
            web.UseSetting("Payments:WebhookSecret", WebhookSecret);
            web.UseSetting("Payments:ReconciliationInterval", "00:00:00");
            web.UseSetting("Payments:ReconcileAfter", "00:00:00");
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        _stripe.Stop();
    }

    private HttpClient Client(User user)
    {
        var client = _host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        return client;
    }

    [Fact]
    public async Task Checkout_asks_stripe_for_a_session_at_the_courses_price_with_an_idempotency_key_and_its_events_complete_it()
    {
        var course = await Shop.PaidCourseAsync(await graph.InstructorAsync(), price: 39m);
        var learner = await graph.LearnerAsync();
        var sessionId = $"cs_test_{Guid.NewGuid():N}";
        _stripe.Given(Request.Create().WithPath("/v1/checkout/sessions").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
        {
            id = sessionId, @object = "checkout.session", url = $"https://checkout.stripe.com/c/pay/{sessionId}", status = "open", payment_status = "unpaid",
        }));

        using var client = Client(learner);
        using var response = await client.PostAsJsonAsync("/api/v1/payments/checkout", new { course_id = course }, PaymentsGraph.Cancel);
        var checkout = await response.Content.ReadFromJsonAsync<JsonElement>(PaymentsGraph.Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("stripe", checkout.GetProperty("mode").GetString());
        Assert.Equal($"https://checkout.stripe.com/c/pay/{sessionId}", checkout.GetProperty("checkout_url").GetString());
        var transaction = checkout.GetProperty("transaction_id").GetGuid();

        var sent = Assert.Single(_stripe.LogEntries, entry => entry.RequestMessage.Path == "/v1/checkout/sessions").RequestMessage;
        var form = Uri.UnescapeDataString(sent.Body!);
        Assert.Equal($"Bearer {SecretKey}", sent.Headers!["Authorization"].Single());
        Assert.Equal($"checkout-{transaction}", sent.Headers["Idempotency-Key"].Single());
        Assert.Contains("line_items[0][price_data][unit_amount]=3900", form);
        Assert.Contains("line_items[0][price_data][currency]=eur", form);
        Assert.Contains($"client_reference_id={transaction}", form);
        Assert.Contains($"metadata[transaction_id]={transaction}", form);
        Assert.Contains($"payment_intent_data[metadata][transaction_id]={transaction}", form);
        Assert.Contains("mode=payment", form);

        // Stripe's signed event completes it; the courses service enrolls the buyer.
        var paymentIntent = $"pi_{Guid.NewGuid():N}";
        var completed = Shop.Event("checkout.session.completed", Shop.PaidSession(transaction, sessionId, paymentIntent, 3900));
        using (var delivered = await DeliverAsync(completed))
        {
            Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        }

        var paid = await client.GetFromJsonAsync<JsonElement>($"/api/v1/payments/transactions/{transaction}", PaymentsGraph.Cancel);
        Assert.Equal("completed", paid.GetProperty("status").GetString());
        Assert.Equal("stripe", paid.GetProperty("mode").GetString());
        Assert.True(await Shop.EnrollmentBecomesAsync(graph, learner, course, "active"));

        // An admin's refund goes to Stripe with the refund's own idempotency key; Stripe's events finish it.
        var refundId = $"re_{Guid.NewGuid():N}";
        _stripe.Given(Request.Create().WithPath("/v1/refunds").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
        {
            id = refundId, @object = "refund", amount = 3900, currency = "eur", payment_intent = paymentIntent, status = "pending",
        }));
        using var admin = Client(graph.Admin());
        using var refundResponse = await admin.PostAsJsonAsync($"/api/v1/payments/transactions/{transaction}/refunds", new { reason = "Wrong course" }, PaymentsGraph.Cancel);
        Assert.Equal(HttpStatusCode.Created, refundResponse.StatusCode);
        var refund = await refundResponse.Content.ReadFromJsonAsync<JsonElement>(PaymentsGraph.Cancel);
        Assert.Equal("pending", refund.GetProperty("status").GetString());
        var refundRequest = Assert.Single(_stripe.LogEntries, entry => entry.RequestMessage.Path == "/v1/refunds").RequestMessage;
        Assert.Equal($"refund-{refund.GetProperty("id").GetGuid()}", refundRequest.Headers!["Idempotency-Key"].Single());
        Assert.Contains($"payment_intent={paymentIntent}", Uri.UnescapeDataString(refundRequest.Body!));
        Assert.Contains("amount=3900", refundRequest.Body!);
        Assert.Equal("completed", (await client.GetFromJsonAsync<JsonElement>($"/api/v1/payments/transactions/{transaction}", PaymentsGraph.Cancel)).GetProperty("status").GetString());

        var succeeded = Shop.Refund(refundId, paymentIntent, 3900);
        succeeded["metadata"] = new JsonObject { ["refund_id"] = refund.GetProperty("id").GetGuid().ToString() };
        using (var delivered = await DeliverAsync(Shop.Event("refund.updated", succeeded)))
        {
            Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        }

        var refunded = await client.GetFromJsonAsync<JsonElement>($"/api/v1/payments/transactions/{transaction}", PaymentsGraph.Cancel);
        Assert.Equal("refunded", refunded.GetProperty("status").GetString());
        Assert.Equal("succeeded", refunded.GetProperty("refunds")[0].GetProperty("status").GetString());
        Assert.True(await Shop.EnrollmentBecomesAsync(graph, learner, course, "revoked"));
    }

    [Fact]
    public async Task Reconciliation_reads_stripe_and_completes_a_payment_whose_webhook_was_lost()
    {
        var course = await Shop.PaidCourseAsync(await graph.InstructorAsync(), price: 15m);
        var learner = await graph.LearnerAsync();
        var sessionId = $"cs_test_{Guid.NewGuid():N}";
        _stripe.Given(Request.Create().WithPath("/v1/checkout/sessions").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
        {
            id = sessionId, @object = "checkout.session", url = $"https://checkout.stripe.com/c/pay/{sessionId}", status = "open",
        }));
        _stripe.Given(Request.Create().WithPath($"/v1/checkout/sessions/{sessionId}").UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
        {
            id = sessionId, @object = "checkout.session", status = "complete", payment_status = "paid", payment_intent = $"pi_{Guid.NewGuid():N}", customer = "cus_x",
        }));
        using var client = Client(learner);
        using var response = await client.PostAsJsonAsync("/api/v1/payments/checkout", new { course_id = course }, PaymentsGraph.Cancel);
        var transaction = (await response.Content.ReadFromJsonAsync<JsonElement>(PaymentsGraph.Cancel)).GetProperty("transaction_id").GetGuid();

        using var admin = Client(graph.Admin());
        using var reconciled = await admin.PostAsync("/api/v1/payments/reconciliation", null, PaymentsGraph.Cancel);
        var report = await reconciled.Content.ReadFromJsonAsync<JsonElement>(PaymentsGraph.Cancel);
        Assert.Equal(1, report.GetProperty("completed").GetInt32());
        Assert.Equal("completed", (await client.GetFromJsonAsync<JsonElement>($"/api/v1/payments/transactions/{transaction}", PaymentsGraph.Cancel)).GetProperty("status").GetString());
        Assert.True(await Shop.EnrollmentBecomesAsync(graph, learner, course, "active"));
    }

    [Fact]
    public async Task Stripe_refusing_the_checkout_is_a_502_that_charges_nothing()
    {
        var course = await Shop.PaidCourseAsync(await graph.InstructorAsync(), price: 20m);
        var learner = await graph.LearnerAsync();
        _stripe.Given(Request.Create().WithPath("/v1/checkout/sessions").UsingPost()).RespondWith(Response.Create().WithStatusCode(400).WithBodyAsJson(new
        {
            error = new { type = "invalid_request_error", message = "No such price." },
        }));
        using var client = Client(learner);
        using var response = await client.PostAsJsonAsync("/api/v1/payments/checkout", new { course_id = course }, PaymentsGraph.Cancel);
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(PaymentsGraph.Cancel);
        Assert.Equal("Payment provider unavailable", problem.GetProperty("title").GetString());
    }

    private async Task<HttpResponseMessage> DeliverAsync(JsonObject stripeEvent)
    {
        var payload = stripeEvent.ToJsonString();
        using var client = _host.CreateClient();
        return await Shop.DeliverAsync(client, payload, WebhookSignature.Sign(payload, WebhookSecret, DateTimeOffset.UtcNow));
    }
}
