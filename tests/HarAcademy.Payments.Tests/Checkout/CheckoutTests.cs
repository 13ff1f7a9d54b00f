using System.Net;
using HarAcademy.Payments.Tests.Infrastructure;

namespace HarAcademy.Payments.Tests.Checkout;

/// <summary>Buying a course in sandbox mode, end to end: checkout, the test-mode confirmation, the signed event, the enrollment.</summary>
public sealed class CheckoutTests(PaymentsGraph graph)
{
    [Fact]
    public async Task A_paid_course_bought_in_sandbox_mode_enrolls_the_buyer_with_an_invoice()
    {
        var instructor = await graph.InstructorAsync();
        var course = await Shop.PaidCourseAsync(instructor, price: 49.90m);
        var learner = await graph.LearnerAsync();
        await learner.ExpectAsync(HttpStatusCode.PaymentRequired, HttpMethod.Post, "/api/v1/enrollments", new { course_id = course });

        // The price comes from the courses service: a request naming its own amount is refused.
        var named = await learner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/v1/payments/checkout", new { course_id = course, amount = 1 });
        Assert.Contains("amount", named.GetProperty("detail").GetString());
        var (transactionId, session) = await Shop.CheckoutAsync(learner, new { course_id = course });
        var pending = await Shop.TransactionAsync(learner, transactionId);
        Assert.Equal("pending", pending.GetProperty("status").GetString());
        Assert.Equal(4990, pending.GetProperty("amount").GetInt64());
        var page = await learner.GetAsync($"/api/v1/payments/sandbox/sessions/{session}");
        Assert.Equal("open", page.GetProperty("status").GetString());
        Assert.Equal(4990, page.GetProperty("amount").GetInt64());
        Assert.EndsWith($"/checkout/success?transaction_id={transactionId}", page.GetProperty("success_url").GetString());

        var outcome = await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/payments/sandbox/sessions/{session}/confirm", new { });
        Assert.Equal("complete", outcome.GetProperty("status").GetString());
        var paid = await Shop.TransactionAsync(learner, transactionId);
        Assert.Equal("completed", paid.GetProperty("status").GetString());
        Assert.Equal("card", paid.GetProperty("payment_method").GetString());
        Assert.True(await Shop.EnrollmentBecomesAsync(graph, learner, course, "active"), "the purchase never enrolled the buyer");
        Assert.Equal("purchase", await graph.CoursesScalarAsync<string>("SELECT source FROM enrollments WHERE learner_id = @l AND course_id = @c", ("l", learner.Id), ("c", course)));

        var invoice = await learner.GetAsync($"/api/v1/payments/invoices/{paid.GetProperty("invoice_id").GetGuid()}");
        Assert.Matches(@"^HAR-\d{4}-\d{6}$", invoice.GetProperty("number").GetString());
        Assert.Equal(4990, invoice.GetProperty("total").GetInt64());
        Assert.Equal(4158, invoice.GetProperty("subtotal").GetInt64()); // 49.90 / 1.2 = 41.583…
        Assert.Equal(832, invoice.GetProperty("tax").GetInt64());
        var mine = await learner.GetAsync("/api/v1/payments/me");
        Assert.Equal(transactionId, mine.GetProperty("items")[0].GetProperty("id").GetGuid());

        // Bought already: a second checkout is refused, and the session cannot be paid twice.
        await learner.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/v1/payments/checkout", new { course_id = course });
        await learner.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/payments/sandbox/sessions/{session}/confirm", new { });
    }

    [Fact]
    public async Task A_second_click_returns_the_same_checkout()
    {
        var course = await Shop.PaidCourseAsync(await graph.InstructorAsync());
        var learner = await graph.LearnerAsync();
        var clicks = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Shop.CheckoutAsync(learner, new { course_id = course })));
        Assert.Single(clicks.Select(click => click.Transaction).Distinct());
        Assert.Equal(1L, await graph.PaymentsScalarAsync<long>("SELECT count(*) FROM transactions WHERE user_id = @u", ("u", learner.Id)));
    }

    [Fact]
    public async Task A_declined_card_fails_the_payment_and_grants_nothing()
    {
        var course = await Shop.PaidCourseAsync(await graph.InstructorAsync());
        var learner = await graph.LearnerAsync();
        var (transactionId, session) = await Shop.CheckoutAsync(learner, new { course_id = course });
        var outcome = await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/payments/sandbox/sessions/{session}/confirm", new { card_number = "4000 0000 0000 0002" });
        Assert.Equal("failed", outcome.GetProperty("status").GetString());
        Assert.Contains("/checkout/cancelled", outcome.GetProperty("redirect_url").GetString());
        var failed = await Shop.TransactionAsync(learner, transactionId);
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal("Your card was declined.", failed.GetProperty("failure_reason").GetString());
        Assert.Equal(JsonValueKindNull, failed.GetProperty("invoice_id").ValueKind);
        Assert.Null(await Shop.EnrollmentStatusAsync(graph, learner, course));

        // A new attempt is a new checkout, which can succeed.
        await Shop.BuyAsync(learner, course);
        Assert.True(await Shop.EnrollmentBecomesAsync(graph, learner, course, "active"));
    }

    [Fact]
    public async Task Checkout_refuses_what_cannot_be_bought_with_a_clear_problem()
    {
        var instructor = await graph.InstructorAsync();
        var learner = await graph.LearnerAsync();
        var free = await instructor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/courses", new { title = "Free one", description = new string('d', 60) });
        await learner.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, "/api/v1/payments/checkout", new { course_id = free.GetProperty("id").GetGuid() }); // a draft
        await learner.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, "/api/v1/payments/checkout", new { course_id = Guid.NewGuid() });
        var both = await learner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/v1/payments/checkout", new { course_id = Guid.NewGuid(), plan = "pro" });
        Assert.True(both.GetProperty("errors").TryGetProperty("course_id", out _));
        await learner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/v1/payments/checkout", new { });
        var plan = await learner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/v1/payments/checkout", new { plan = "gold" });
        Assert.True(plan.GetProperty("errors").TryGetProperty("plan", out _));
        await learner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/v1/payments/checkout", new { course_id = "not-a-guid" });

        var freeCourse = await Shop.PaidCourseAsync(instructor, price: 0m);
        var problem = await learner.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, "/api/v1/payments/checkout", new { course_id = freeCourse });
        Assert.Contains("free", problem.GetProperty("detail").GetString());
        Assert.Equal(0L, await graph.PaymentsScalarAsync<long>("SELECT count(*) FROM transactions WHERE user_id = @u", ("u", learner.Id)));
    }

    [Fact]
    public async Task A_cancelled_checkout_fails_quietly_and_can_be_started_again()
    {
        var course = await Shop.PaidCourseAsync(await graph.InstructorAsync());
        var learner = await graph.LearnerAsync();
        var (first, session) = await Shop.CheckoutAsync(learner, new { course_id = course });
        var cancelled = await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/payments/sandbox/sessions/{session}/cancel");
        Assert.Equal("expired", cancelled.GetProperty("status").GetString());
        Assert.Equal("failed", (await Shop.TransactionAsync(learner, first)).GetProperty("status").GetString());
        var (second, _) = await Shop.CheckoutAsync(learner, new { course_id = course });
        Assert.NotEqual(first, second);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
