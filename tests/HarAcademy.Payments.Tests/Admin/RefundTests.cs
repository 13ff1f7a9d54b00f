using System.Net;
using HarAcademy.Payments.Tests.Infrastructure;

namespace HarAcademy.Payments.Tests.Admin;

/// <summary>Admins refund in full or in part, with a reason; never more than was paid, even all at once.</summary>
public sealed class RefundTests(PaymentsGraph graph)
{
    [Fact]
    public async Task A_partial_then_full_refund_keeps_access_until_the_whole_amount_is_back()
    {
        var course = await Shop.PaidCourseAsync(await graph.InstructorAsync(), price: 60m);
        var learner = await graph.LearnerAsync();
        var transaction = await Shop.BuyAsync(learner, course);
        Assert.True(await Shop.EnrollmentBecomesAsync(graph, learner, course, "active"));
        var admin = graph.Admin();

        var partial = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/payments/transactions/{transaction}/refunds", new { amount = 1000, reason = "Late access" });
        Assert.Equal("succeeded", partial.GetProperty("status").GetString());
        var afterPartial = await Shop.TransactionAsync(learner, transaction);
        Assert.Equal("completed", afterPartial.GetProperty("status").GetString());
        Assert.Equal(1000, afterPartial.GetProperty("amount_refunded").GetInt64());
        await Task.Delay(500, PaymentsGraph.Cancel);
        Assert.Equal("active", await Shop.EnrollmentStatusAsync(graph, learner, course));

        var tooMuch = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/v1/payments/transactions/{transaction}/refunds", new { amount = 5001, reason = "Too much" });
        Assert.True(tooMuch.GetProperty("errors").TryGetProperty("amount", out _));
        await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/v1/payments/transactions/{transaction}/refunds", new { amount = 100 }); // no reason

        var rest = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/payments/transactions/{transaction}/refunds", new { reason = "Course withdrawn" });
        Assert.Equal(5000, rest.GetProperty("amount").GetInt64());
        var refunded = await Shop.TransactionAsync(learner, transaction);
        Assert.Equal("refunded", refunded.GetProperty("status").GetString());
        Assert.Equal(6000, refunded.GetProperty("amount_refunded").GetInt64());
        Assert.True(await Shop.EnrollmentBecomesAsync(graph, learner, course, "revoked"));
        await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/payments/transactions/{transaction}/refunds", new { reason = "Again" });

        var invoice = await learner.GetAsync($"/api/v1/payments/invoices/{refunded.GetProperty("invoice_id").GetGuid()}");
        Assert.Equal(6000, invoice.GetProperty("amount_refunded").GetInt64());
    }

    [Fact]
    public async Task Refunds_asked_at_once_never_give_back_more_than_was_paid()
    {
        var course = await Shop.PaidCourseAsync(await graph.InstructorAsync(), price: 30m);
        var learner = await graph.LearnerAsync();
        var transaction = await Shop.BuyAsync(learner, course);
        var admin = graph.Admin();

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var response = await admin.SendAsync(HttpMethod.Post, $"/api/v1/payments/transactions/{transaction}/refunds", new { reason = "Double click" });
            return response.StatusCode;
        }));
        Assert.Single(answers, status => status == HttpStatusCode.Created);
        Assert.All(answers.Where(status => status != HttpStatusCode.Created), status => Assert.Equal(HttpStatusCode.Conflict, status));
        var refunded = await Shop.TransactionAsync(learner, transaction);
        Assert.Equal(3000, refunded.GetProperty("amount_refunded").GetInt64());
        Assert.Equal(3000L, await graph.PaymentsScalarAsync<long>("SELECT coalesce(sum(amount), 0)::bigint FROM refunds WHERE transaction_id = @t", ("t", transaction)));
    }

    [Fact]
    public async Task Admins_search_payments_and_see_revenue_per_day_course_and_plan()
    {
        var course = await Shop.PaidCourseAsync(await graph.InstructorAsync(), price: 25m);
        var learner = await graph.LearnerAsync();
        var transaction = await Shop.BuyAsync(learner, course);
        var admin = graph.Admin();

        var found = await admin.GetAsync($"/api/v1/payments/transactions?q={Uri.EscapeDataString(learner.Email[..12])}&status=completed");
        Assert.Contains(found.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetGuid() == transaction);
        var byId = await admin.GetAsync($"/api/v1/payments/transactions?q={transaction}");
        Assert.Equal(1, byId.GetProperty("total").GetInt32());
        await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/api/v1/payments/transactions?status=lost");
        await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/api/v1/payments/transactions?page_size=1000");

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var revenue = await admin.GetAsync($"/api/v1/payments/revenue?from={today.AddDays(-6):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        Assert.Equal(7, revenue.GetProperty("by_day").GetArrayLength());
        var day = revenue.GetProperty("by_day")[6];
        Assert.Equal(today.ToString("yyyy-MM-dd"), day.GetProperty("date").GetString());
        Assert.True(day.GetProperty("gross").GetInt64() >= 2500);
        var line = revenue.GetProperty("by_course").EnumerateArray().Single(item => item.GetProperty("course_id").GetGuid() == course);
        Assert.Equal(2500, line.GetProperty("gross").GetInt64());
        Assert.Equal(1, line.GetProperty("count").GetInt32());
        Assert.Equal(revenue.GetProperty("gross").GetInt64() - revenue.GetProperty("refunded").GetInt64(), revenue.GetProperty("net").GetInt64());
        await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, $"/api/v1/payments/revenue?from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}");
    }
}
