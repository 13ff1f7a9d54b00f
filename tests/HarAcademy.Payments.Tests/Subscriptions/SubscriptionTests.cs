using System.Net;
using HarAcademy.Payments.Tests.Infrastructure;

namespace HarAcademy.Payments.Tests.Subscriptions;

/// <summary>Plans open courses in the courses service while active; upgrades, cancellation at period end, renewals.</summary>
public sealed class SubscriptionTests(PaymentsGraph graph)
{
    private static async Task<Guid> SubscribeAsync(User learner, string plan)
    {
        var (transaction, session) = await Shop.CheckoutAsync(learner, new { plan });
        await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/payments/sandbox/sessions/{session}/confirm", new { });
        return transaction;
    }

    private async Task<bool> CanEnrollAsync(User learner, Guid course)
    {
        return await Poll.UntilAsync(async () =>
        {
            using var response = await learner.SendAsync(HttpMethod.Post, "/api/v1/enrollments", new { course_id = course });
            return response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_plan_opens_what_it_grants_and_an_upgrade_opens_more()
    {
        var instructor = await graph.InstructorAsync();
        var beginner = await Shop.PaidCourseAsync(instructor, level: "beginner");
        var advanced = await Shop.PaidCourseAsync(instructor, level: "advanced");
        var learner = await graph.LearnerAsync();
        await learner.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, "/api/v1/payments/subscriptions/me");

        var transaction = await SubscribeAsync(learner, "basic");
        var subscription = await learner.GetAsync("/api/v1/payments/subscriptions/me");
        Assert.Equal("basic", subscription.GetProperty("plan").GetString());
        Assert.Equal("active", subscription.GetProperty("status").GetString());
        Assert.Equal(900, subscription.GetProperty("amount_per_month").GetInt64());
        Assert.True(subscription.GetProperty("renewal_date").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(27));
        var payment = await Shop.TransactionAsync(learner, transaction);
        Assert.Equal("completed", payment.GetProperty("status").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, payment.GetProperty("invoice_id").ValueKind);

        Assert.True(await CanEnrollAsync(learner, beginner), "basic did not open a beginner course");
        Assert.Equal("subscription", await graph.CoursesScalarAsync<string>("SELECT source FROM enrollments WHERE learner_id = @l AND course_id = @c", ("l", learner.Id), ("c", beginner)));
        await learner.ExpectAsync(HttpStatusCode.PaymentRequired, HttpMethod.Post, "/api/v1/enrollments", new { course_id = advanced });
        await learner.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/v1/payments/checkout", new { plan = "pro" });
        await learner.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/v1/payments/checkout", new { course_id = beginner });

        var upgraded = await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, "/api/v1/payments/subscriptions/me", new { plan = "pro" });
        Assert.Equal("pro", upgraded.GetProperty("plan").GetString());
        Assert.True(await CanEnrollAsync(learner, advanced), "pro did not open an advanced course");

        // A downgrade closes what the smaller plan does not cover (progress kept: dropped, not revoked).
        await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, "/api/v1/payments/subscriptions/me", new { plan = "basic" });
        Assert.True(await Shop.EnrollmentBecomesAsync(graph, learner, advanced, "dropped"));
        Assert.Equal("active", await Shop.EnrollmentStatusAsync(graph, learner, beginner));
    }

    [Fact]
    public async Task A_plan_cancelled_at_period_end_keeps_access_until_then_and_ends_with_its_period()
    {
        var course = await Shop.PaidCourseAsync(await graph.InstructorAsync(), level: "beginner");
        var learner = await graph.LearnerAsync();
        await SubscribeAsync(learner, "pro");
        Assert.True(await CanEnrollAsync(learner, course));

        var cancelled = await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, "/api/v1/payments/subscriptions/me", new { cancel_at_period_end = true });
        Assert.True(cancelled.GetProperty("cancel_at_period_end").GetBoolean());
        Assert.Equal("active", cancelled.GetProperty("status").GetString());
        var resumed = await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, "/api/v1/payments/subscriptions/me", new { cancel_at_period_end = false });
        Assert.False(resumed.GetProperty("cancel_at_period_end").GetBoolean());
        await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, "/api/v1/payments/subscriptions/me", new { cancel_at_period_end = true });
        Assert.Equal("active", await Shop.EnrollmentStatusAsync(graph, learner, course));

        // The period ends (the sandbox's billing cycle runs with reconciliation).
        await graph.PaymentsExecuteAsync("UPDATE subscriptions SET renewal_date = now() - interval '1 minute' WHERE user_id = @u", ("u", learner.Id));
        await graph.Admin().ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/api/v1/payments/reconciliation");
        var ended = await learner.GetAsync("/api/v1/payments/subscriptions/me");
        Assert.Equal("cancelled", ended.GetProperty("status").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, ended.GetProperty("cancelled_date").ValueKind);
        Assert.True(await Shop.EnrollmentBecomesAsync(graph, learner, course, "dropped"), "the ended plan left its course open");
        await learner.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Patch, "/api/v1/payments/subscriptions/me", new { plan = "basic" });

        // Subscribing again reopens it, progress as it was.
        await SubscribeAsync(learner, "basic");
        Assert.True(await CanEnrollAsync(learner, course));
        Assert.Equal("active", await Shop.EnrollmentStatusAsync(graph, learner, course));
    }

    [Fact]
    public async Task A_renewal_is_a_new_payment_with_its_own_invoice_and_a_notice_comes_before_it()
    {
        var learner = await graph.LearnerAsync();
        await SubscribeAsync(learner, "enterprise");
        // Two days before renewal: the notice, once.
        await graph.PaymentsExecuteAsync("UPDATE subscriptions SET renewal_date = now() + interval '2 days' WHERE user_id = @u", ("u", learner.Id));
        await graph.Admin().ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/api/v1/payments/reconciliation");
        await graph.Admin().ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/api/v1/payments/reconciliation");
        Assert.Equal(1L, await graph.PaymentsScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE type = 'UserNotification' AND payload->>'user_id' = @u AND payload->>'kind' = 'subscription_renewal_soon'", ("u", learner.Id.ToString())));

        await graph.PaymentsExecuteAsync("UPDATE subscriptions SET renewal_date = now() - interval '1 minute' WHERE user_id = @u", ("u", learner.Id));
        await graph.Admin().ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/api/v1/payments/reconciliation");
        var payments = await learner.GetAsync("/api/v1/payments/me");
        Assert.Equal(2, payments.GetProperty("total").GetInt32());
        Assert.All(payments.GetProperty("items").EnumerateArray(), item =>
        {
            Assert.Equal("completed", item.GetProperty("status").GetString());
            Assert.Equal(4900, item.GetProperty("amount").GetInt64());
        });
        var renewed = await learner.GetAsync("/api/v1/payments/subscriptions/me");
        Assert.Equal("active", renewed.GetProperty("status").GetString());
        Assert.True(renewed.GetProperty("renewal_date").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(27));
    }
}
