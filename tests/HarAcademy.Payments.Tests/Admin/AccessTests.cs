using System.Net;
using HarAcademy.Payments.Tests.Infrastructure;

namespace HarAcademy.Payments.Tests.Admin;

/// <summary>Who may see and do what: anonymous, the buyer, another learner, an admin.</summary>
public sealed class AccessTests(PaymentsGraph graph)
{
    [Fact]
    public async Task Payments_invoices_and_sessions_are_their_buyers_and_admin_endpoints_are_admins()
    {
        var course = await Shop.PaidCourseAsync(await graph.InstructorAsync());
        var buyer = await graph.LearnerAsync();
        var (transaction, session) = await Shop.CheckoutAsync(buyer, new { course_id = course });
        await buyer.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/payments/sandbox/sessions/{session}/confirm", new { });
        var invoice = (await Shop.TransactionAsync(buyer, transaction)).GetProperty("invoice_id").GetGuid();
        var other = await graph.LearnerAsync("Eve");
        var anonymous = graph.Anonymous();

        foreach (var path in new[] { $"/api/v1/payments/transactions/{transaction}", $"/api/v1/payments/invoices/{invoice}", $"/api/v1/payments/sandbox/sessions/{session}" })
        {
            await other.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, path);
            await anonymous.ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Get, path);
        }

        await other.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"/api/v1/payments/sandbox/sessions/{session}/cancel");
        Assert.Equal(0, (await other.GetAsync("/api/v1/payments/me")).GetProperty("total").GetInt32());
        await graph.Admin().GetAsync($"/api/v1/payments/invoices/{invoice}");
        await graph.Admin().GetAsync($"/api/v1/payments/transactions/{transaction}");

        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, "/api/v1/payments/transactions"),
            (HttpMethod.Post, $"/api/v1/payments/transactions/{transaction}/refunds"),
            (HttpMethod.Get, "/api/v1/payments/revenue"),
            (HttpMethod.Post, "/api/v1/payments/reconciliation"),
        })
        {
            await buyer.ExpectAsync(HttpStatusCode.Forbidden, method, path, method == HttpMethod.Post ? new { reason = "mine" } : null);
            await anonymous.ExpectAsync(HttpStatusCode.Unauthorized, method, path, method == HttpMethod.Post ? new { reason = "mine" } : null);
        }

        foreach (var (method, path) in new[] { (HttpMethod.Get, "/api/v1/payments/me"), (HttpMethod.Post, "/api/v1/payments/checkout"), (HttpMethod.Get, "/api/v1/payments/subscriptions/me"), (HttpMethod.Get, "/api/v1/payments/plans") })
        {
            await anonymous.ExpectAsync(HttpStatusCode.Unauthorized, method, path, method == HttpMethod.Post ? new { plan = "pro" } : null);
        }
    }

    [Fact]
    public async Task The_printable_invoice_is_a_complete_page_that_escapes_what_users_wrote()
    {
        var instructor = await graph.InstructorAsync();
        var course = await instructor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/courses", new
        {
            title = "<script>alert(1)</script> & Co",
            description = new string('d', 60),
            language = "en",
            domain = "Python",
            price = new { amount = 12.5m, currency = "EUR", pricing_model = "one_time" },
        });
        var id = course.GetProperty("id").GetGuid();
        var module = await instructor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/courses/{id}/modules", new { title = "M" });
        await instructor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/courses/{id}/modules/{module.GetProperty("id")}/lessons", new { title = "L", type = "text", markdown = "x" });
        await instructor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/courses/{id}/publish");
        var buyer = await graph.LearnerAsync();
        var transaction = await Shop.BuyAsync(buyer, id);
        var invoice = (await Shop.TransactionAsync(buyer, transaction)).GetProperty("invoice_id").GetGuid();

        using var client = new HttpClient { BaseAddress = graph.Gateway };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/payments/invoices/{invoice}");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", buyer.Token);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request, PaymentsGraph.Cancel);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(PaymentsGraph.Cancel);
        Assert.StartsWith("<!doctype html>", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", html);
        Assert.Contains("12,50 EUR", html);
        Assert.Contains("TVA / VAT 20 %", html);
    }

    [Fact]
    public async Task Invoice_numbers_follow_each_other_without_gaps_however_many_payments_complete_at_once()
    {
        var instructor = await graph.InstructorAsync();
        var course = await Shop.PaidCourseAsync(instructor, price: 10m);
        var buyers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => graph.LearnerAsync()));
        await Task.WhenAll(buyers.Select(buyer => Shop.BuyAsync(buyer, course)));

        // One snapshot: as many numbers as invoices, all different, the highest equal to the count (1, 2, … n).
        var contiguous = await graph.PaymentsScalarAsync<bool>(
            "SELECT count(*) = max(substr(number, 10)::bigint) AND count(*) = count(DISTINCT number) FROM invoices WHERE number LIKE @p",
            ("p", $"HAR-{DateTime.UtcNow.Year}-%"));
        Assert.True(contiguous, "invoice numbers have a gap or a repeat");
    }
}
