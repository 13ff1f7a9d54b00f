using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using HarAcademy.Payments.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HarAcademy.Payments.Tests.Reliability;

/// <summary>
/// Events out of order, the courses service down during fulfilment, the payments service stopped or dead between
/// receiving an event and processing it, a webhook never delivered, refunds at once: no payment lost, no double
/// enrollment, no double refund.
/// </summary>
[Collection(StopsResources.Name)]
public sealed class NothingLostTests(PaymentsGraph graph)
{
    private async Task<(User Learner, Guid Course, Guid Transaction, string Session)> PendingPurchaseAsync()
    {
        var course = await Shop.PaidCourseAsync(await graph.InstructorAsync());
        var learner = await graph.LearnerAsync();
        var (transaction, session) = await Shop.CheckoutAsync(learner, new { course_id = course });
        return (learner, course, transaction, session);
    }

    [Fact]
    public async Task A_refund_that_arrives_before_the_payment_waits_for_it_then_revokes_access_once()
    {
        var (learner, course, transaction, session) = await PendingPurchaseAsync();
        var paymentIntent = $"pi_order_{Guid.NewGuid():N}";

        var refundFirst = await Shop.DeliverOkAsync(graph, Shop.Event("refund.created", Shop.Refund($"re_{Guid.NewGuid():N}", paymentIntent, 4900)));
        var chargeFirst = await Shop.DeliverOkAsync(graph, Shop.Event("charge.refunded", Shop.RefundedCharge(paymentIntent, 4900, 4900)));
        Assert.False(refundFirst.GetProperty("processed").GetBoolean());
        Assert.False(chargeFirst.GetProperty("processed").GetBoolean());
        Assert.Equal("pending", (await Shop.TransactionAsync(learner, transaction)).GetProperty("status").GetString());

        await Shop.DeliverOkAsync(graph, Shop.Event("checkout.session.completed", Shop.PaidSession(transaction, session, paymentIntent, 4900)));

        Assert.True(await Poll.UntilAsync(async () =>
            (await Shop.TransactionAsync(learner, transaction)).GetProperty("status").GetString() == "refunded", TimeSpan.FromSeconds(20)));
        var refunded = await Shop.TransactionAsync(learner, transaction);
        Assert.Equal(4900, refunded.GetProperty("amount_refunded").GetInt64());
        Assert.Single(refunded.GetProperty("refunds").EnumerateArray());
        // Granted, then revoked: the courses service applies both, in order, once each.
        Assert.True(await Shop.EnrollmentBecomesAsync(graph, learner, course, "revoked"), "the refund never revoked the enrollment");
        Assert.Equal(1L, await graph.PaymentsScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE type = 'PaymentRefunded' AND payload->>'payment_id' = @t", ("t", transaction.ToString())));
        Assert.Equal(0L, await graph.PaymentsScalarAsync<long>("SELECT count(*) FROM stripe_events WHERE processed_at IS NULL AND payload->'data'->'object'->>'payment_intent' = @p", ("p", paymentIntent)));
    }

    [Fact]
    public async Task A_payment_made_while_the_courses_service_is_down_enrolls_the_buyer_when_it_is_back()
    {
        var (learner, course, transaction, session) = await PendingPurchaseAsync();
        var commands = graph.Application.Services.GetRequiredService<ResourceCommandService>();
        Assert.True((await commands.ExecuteCommandAsync("courses", KnownResourceCommands.StopCommand, PaymentsGraph.Cancel)).Success);
        await graph.Application.ResourceNotifications.WaitForResourceAsync("courses", KnownResourceStates.Finished, PaymentsGraph.Cancel);
        try
        {
            await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/payments/sandbox/sessions/{session}/confirm", new { });
            Assert.Equal("completed", (await Shop.TransactionAsync(learner, transaction)).GetProperty("status").GetString());
        }
        finally
        {
            Assert.True((await commands.ExecuteCommandAsync("courses", KnownResourceCommands.StartCommand, PaymentsGraph.Cancel)).Success);
            await graph.Application.ResourceNotifications.WaitForResourceHealthyAsync("courses", PaymentsGraph.Cancel);
        }

        Assert.True(await Shop.EnrollmentBecomesAsync(graph, learner, course, "active", seconds: 60), "the enrollment was lost while courses was down");
        Assert.Equal(1L, await graph.CoursesScalarAsync<long>("SELECT count(*) FROM enrollments WHERE learner_id = @l", ("l", learner.Id)));
    }

    [Fact]
    public async Task An_event_sent_while_payments_is_stopped_is_taken_on_the_redelivery_after_restart()
    {
        var (learner, course, transaction, session) = await PendingPurchaseAsync();
        var stripeEvent = Shop.Event("checkout.session.completed", Shop.PaidSession(transaction, session, $"pi_restart_{Guid.NewGuid():N}", 4900));
        var commands = graph.Application.Services.GetRequiredService<ResourceCommandService>();
        Assert.True((await commands.ExecuteCommandAsync("payments", KnownResourceCommands.StopCommand, PaymentsGraph.Cancel)).Success);
        await graph.Application.ResourceNotifications.WaitForResourceAsync("payments", KnownResourceStates.Finished, PaymentsGraph.Cancel);
        try
        {
            // The gateway answers for the absent service; Stripe keeps the event and retries.
            using var refused = await Shop.DeliverAsync(graph, stripeEvent.ToJsonString());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        }
        finally
        {
            Assert.True((await commands.ExecuteCommandAsync("payments", KnownResourceCommands.StartCommand, PaymentsGraph.Cancel)).Success);
            await graph.Application.ResourceNotifications.WaitForResourceHealthyAsync("payments", PaymentsGraph.Cancel);
        }

        Assert.True(await Poll.UntilAsync(async () =>
        {
            using var response = await Shop.DeliverAsync(graph, stripeEvent.ToJsonString());
            return response.StatusCode == HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(30)));
        Assert.True(await Shop.EnrollmentBecomesAsync(graph, learner, course, "active"));
        Assert.Equal(1L, await graph.PaymentsScalarAsync<long>("SELECT count(*) FROM invoices WHERE transaction_id = @t", ("t", transaction)));
    }

    [Fact]
    public async Task An_event_stored_by_a_process_that_died_before_processing_it_is_processed_by_the_retry_worker()
    {
        var (learner, course, transaction, session) = await PendingPurchaseAsync();
        var stripeEvent = Shop.Event("checkout.session.completed", Shop.PaidSession(transaction, session, $"pi_crash_{Guid.NewGuid():N}", 4900));
        // What the endpoint commits before it answers: the verified event, not yet processed. Its process died here.
        await graph.PaymentsExecuteAsync(
            "INSERT INTO stripe_events (id, type, payload, created, received_at, attempts) VALUES (@id, 'checkout.session.completed', @payload::jsonb, @created, now(), 0)",
            ("id", stripeEvent["id"]!.GetValue<string>()), ("payload", stripeEvent.ToJsonString()), ("created", DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

        Assert.True(await Shop.EnrollmentBecomesAsync(graph, learner, course, "active"), "the stored event was never processed");
        Assert.Equal("completed", (await Shop.TransactionAsync(learner, transaction)).GetProperty("status").GetString());
        // Stripe's redelivery of the same event is a duplicate.
        Assert.True((await Shop.DeliverOkAsync(graph, stripeEvent)).GetProperty("duplicate").GetBoolean());
    }

    [Fact]
    public async Task Reconciliation_completes_a_payment_whose_webhook_never_came()
    {
        var (learner, course, transaction, session) = await PendingPurchaseAsync();
        // The provider's side says paid (the buyer paid on the provider's page), but its event was lost on the way.
        await graph.PaymentsExecuteAsync("UPDATE sandbox_sessions SET status = 'complete', payment_status = 'paid', payment_intent_id = @pi WHERE id = @id",
            ("pi", $"pi_lost_{Guid.NewGuid():N}"), ("id", session));
        await Task.Delay(TimeSpan.FromSeconds(1.2), PaymentsGraph.Cancel); // older than Payments:ReconcileAfter

        var report = await graph.Admin().ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/api/v1/payments/reconciliation");
        Assert.True(report.GetProperty("completed").GetInt32() >= 1, report.ToString());
        Assert.Equal("completed", (await Shop.TransactionAsync(learner, transaction)).GetProperty("status").GetString());
        Assert.True(await Shop.EnrollmentBecomesAsync(graph, learner, course, "active"));

        // Run again: nothing left to repair for it, nothing done twice.
        await graph.Admin().ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/api/v1/payments/reconciliation");
        Assert.Equal(1L, await graph.PaymentsScalarAsync<long>("SELECT count(*) FROM invoices WHERE transaction_id = @t", ("t", transaction)));
    }

    [Fact]
    public async Task Reconciliation_restores_a_plan_whose_every_event_was_lost()
    {
        var learner = await graph.LearnerAsync();
        var (transaction, session) = await Shop.CheckoutAsync(learner, new { plan = "pro" });
        await graph.PaymentsExecuteAsync(
            "UPDATE sandbox_sessions SET status = 'complete', payment_status = 'paid', payment_intent_id = @pi, subscription_id = @sub WHERE id = @id",
            ("pi", $"pi_lost_{Guid.NewGuid():N}"), ("sub", $"sub_lost_{Guid.NewGuid():N}"), ("id", session));
        await Task.Delay(TimeSpan.FromSeconds(1.2), PaymentsGraph.Cancel);

        await graph.Admin().ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/api/v1/payments/reconciliation");
        Assert.Equal("completed", (await Shop.TransactionAsync(learner, transaction)).GetProperty("status").GetString());
        var subscription = await learner.GetAsync("/api/v1/payments/subscriptions/me");
        Assert.Equal("pro", subscription.GetProperty("plan").GetString());
        Assert.Equal("active", subscription.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_dashboard_command_door_needs_the_operator_key()
    {
        using var client = new HttpClient { BaseAddress = graph.Payments };
        using var without = await client.PostAsync("/internal/reconciliation", null, PaymentsGraph.Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/internal/reconciliation");
        request.Headers.Add("X-Har-Operator-Key", PaymentsGraph.OperatorKey);
        using var with = await client.SendAsync(request, PaymentsGraph.Cancel);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        // Not routed at the public door.
        using var gateway = new HttpClient { BaseAddress = graph.Gateway };
        using var request2 = new HttpRequestMessage(HttpMethod.Post, "/internal/reconciliation");
        request2.Headers.Add("X-Har-Operator-Key", PaymentsGraph.OperatorKey);
        using var publicDoor = await gateway.SendAsync(request2, PaymentsGraph.Cancel);
        Assert.Equal(HttpStatusCode.NotFound, publicDoor.StatusCode);
    }
}

/// <summary>Tests that stop a resource of the shared graph run one after another.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StopsResources
{
    public const string Name = "stops resources";
}
