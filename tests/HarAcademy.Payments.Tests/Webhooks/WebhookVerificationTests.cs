using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HarAcademy.Payments.Tests.Infrastructure;
using HarAcademy.Payments.Webhooks;

namespace HarAcademy.Payments.Tests.Webhooks;

/// <summary>The webhook endpoint accepts only events signed with its secret, recently, once each.</summary>
public sealed class WebhookVerificationTests(PaymentsGraph graph)
{
    private async Task<(User Learner, Guid Course, Guid Transaction, string Session)> PendingPurchaseAsync()
    {
        var course = await Shop.PaidCourseAsync(await graph.InstructorAsync());
        var learner = await graph.LearnerAsync();
        var (transaction, session) = await Shop.CheckoutAsync(learner, new { course_id = course });
        return (learner, course, transaction, session);
    }

    [Fact]
    public async Task A_forged_signature_a_stale_timestamp_or_no_signature_is_refused_and_changes_nothing()
    {
        var (learner, course, transaction, session) = await PendingPurchaseAsync();
        var stripeEvent = Shop.Event("checkout.session.completed", Shop.PaidSession(transaction, session, $"pi_forged_{Guid.NewGuid():N}", 4900));
        var payload = stripeEvent.ToJsonString();
        var eventId = stripeEvent["id"]!.GetValue<string>();

        var attempts = new[]
        {
            WebhookSignature.Sign(payload, "whsec_someone_else", DateTimeOffset.UtcNow),            // another secret
            WebhookSignature.Sign(payload, PaymentsGraph.WebhookSecret, DateTimeOffset.UtcNow.AddSeconds(-301)), // too old
            WebhookSignature.Sign(payload + " ", PaymentsGraph.WebhookSecret, DateTimeOffset.UtcNow), // another body
            "t=1,v1=00",
            "",
        };
        foreach (var signature in attempts)
        {
            using var response = await Shop.DeliverAsync(graph, payload, signature);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(PaymentsGraph.Cancel);
            Assert.Equal("Webhook refused", problem.GetProperty("title").GetString());
        }

        Assert.Equal(0L, await graph.PaymentsScalarAsync<long>("SELECT count(*) FROM stripe_events WHERE id = @id", ("id", eventId)));
        Assert.Equal("pending", (await Shop.TransactionAsync(learner, transaction)).GetProperty("status").GetString());
        Assert.Null(await Shop.EnrollmentStatusAsync(graph, learner, course));

        // Signed within the tolerance, the same event is accepted.
        var accepted = await Shop.DeliverOkAsync(graph, stripeEvent);
        Assert.False(accepted.GetProperty("duplicate").GetBoolean());
        Assert.Equal("completed", (await Shop.TransactionAsync(learner, transaction)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_a_stripe_event_is_refused_even_when_signed()
    {
        foreach (var payload in new[] { "not json", "[]", "{\"id\":\"evt_x\"}", "{\"id\":\"evt_x\",\"type\":\"x\",\"created\":\"soon\",\"data\":{}}" })
        {
            using var response = await Shop.DeliverAsync(graph, payload);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_replayed_or_duplicated_event_is_applied_once()
    {
        var (learner, course, transaction, session) = await PendingPurchaseAsync();
        var stripeEvent = Shop.Event("checkout.session.completed", Shop.PaidSession(transaction, session, $"pi_dup_{Guid.NewGuid():N}", 4900));

        // Stripe may deliver an event several times, even at once; and an attacker may replay a captured one.
        var receipts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Shop.DeliverOkAsync(graph, stripeEvent)));
        Assert.Single(receipts, receipt => !receipt.GetProperty("duplicate").GetBoolean());
        var replay = await Shop.DeliverOkAsync(graph, stripeEvent);
        Assert.True(replay.GetProperty("duplicate").GetBoolean());

        Assert.True(await Shop.EnrollmentBecomesAsync(graph, learner, course, "active"));
        Assert.Equal(1L, await graph.PaymentsScalarAsync<long>("SELECT count(*) FROM invoices WHERE transaction_id = @t", ("t", transaction)));
        Assert.Equal(1L, await graph.PaymentsScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE type = 'PaymentSucceeded' AND payload->>'payment_id' = @t", ("t", transaction.ToString())));
        Assert.Equal(1L, await graph.CoursesScalarAsync<long>("SELECT count(*) FROM enrollments WHERE learner_id = @l", ("l", learner.Id)));

        // The same payment reported again under another event id (a second completion) changes nothing either.
        await Shop.DeliverOkAsync(graph, Shop.Event("checkout.session.async_payment_succeeded", Shop.PaidSession(transaction, session, "pi_other", 4900)));
        Assert.Equal(1L, await graph.PaymentsScalarAsync<long>("SELECT count(*) FROM invoices WHERE transaction_id = @t", ("t", transaction)));
    }
}
