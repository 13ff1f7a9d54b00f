using System.Net;
using System.Text.Json;
using HarAcademy.Courses.Tests.Infrastructure;
using StackExchange.Redis;

namespace HarAcademy.Courses.Tests.Events;

/// <summary>
/// What other services tell courses through the event stream: purchases and refunds, deleted accounts. Events are put
/// on the real stream as the payments and auth relays would; each is applied once even when delivered twice.
/// </summary>
public sealed class EventConsumerTests(CoursesGraph graph)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private async Task PublishAsync(string type, object payload, Guid eventId)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(graph.Redis);
        var body = JsonSerializer.SerializeToElement(payload, Json);
        var withEnvelope = new Dictionary<string, object?>(body.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, (object?)p.Value)))
        {
            ["event_id"] = eventId,
            ["occurred_at"] = DateTimeOffset.UtcNow,
        };
        await redis.GetDatabase().StreamAddAsync("har:events",
        [
            new NameValueEntry("id", eventId.ToString()),
            new NameValueEntry("type", type),
            new NameValueEntry("payload", JsonSerializer.Serialize(withEnvelope, Json)),
            new NameValueEntry("traceparent", ""),
        ]);
        await redis.GetSubscriber().PublishAsync(RedisChannel.Literal("har:events:published"), 1);
    }

    [Fact]
    public async Task A_purchase_enrolls_once_and_its_refund_revokes_access_and_certificate()
    {
        var owner = await graph.InstructorAsync();
        var (id, lessons) = await CourseBuilder.PublishedAsync(owner, lessons: 2, fields: new
        {
            title = "Paid course", description = CourseBuilder.Description, price = new { amount = 29, currency = "EUR", pricing_model = "one_time" },
        });
        var learner = await graph.LearnerAsync();
        var payment = Guid.NewGuid();
        var succeeded = Guid.NewGuid();

        // Delivered twice (a relay retry): one enrollment.
        await PublishAsync("PaymentSucceeded", new { payment_id = payment, user_id = learner.Id, course_id = id, amount = 29m, currency = "EUR" }, succeeded);
        await PublishAsync("PaymentSucceeded", new { payment_id = payment, user_id = learner.Id, course_id = id, amount = 29m, currency = "EUR" }, succeeded);
        Assert.True(await Poll.UntilAsync(async () => (await learner.GetAsync("/api/v1/enrollments/me")).GetArrayLength() == 1, TimeSpan.FromSeconds(20)));
        Assert.Equal(1L, await graph.ScalarAsync<long>("SELECT count(*) FROM inbox_messages WHERE event_id = @id", ("id", succeeded)));
        await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/api/v1/progress/lessons/{lessons[0]}", new { status = "completed" });
        var completed = await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/api/v1/progress/lessons/{lessons[1]}", new { status = "completed" });
        var number = completed.GetProperty("enrollment").GetProperty("certificate_number").GetString();

        await PublishAsync("PaymentRefunded", new { payment_id = payment, user_id = learner.Id, course_id = id }, Guid.NewGuid());
        Assert.True(await Poll.UntilAsync(async () => (await learner.GetAsync("/api/v1/enrollments/me")).GetArrayLength() == 0, TimeSpan.FromSeconds(20)));
        await learner.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, $"/api/v1/courses/{id}/lessons/{lessons[1]}");
        Assert.False((await graph.Anonymous().GetAsync($"/api/v1/certificates/{number}")).GetProperty("valid").GetBoolean());
        Assert.Equal(0, (await graph.Anonymous().GetAsync($"/api/v1/courses/{id}")).GetProperty("enrollments_count").GetInt32());
        // Told to the other services (the AI service stops counting the learner on the course).
        Assert.Equal(1L, await graph.ScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE type = 'EnrollmentEnded' AND payload->>'course_id' = @id AND payload->>'status' = 'revoked'",
            ("id", id.ToString())));
    }

    [Fact]
    public async Task A_deleted_account_disappears_from_reviews_and_certificates()
    {
        var owner = await graph.InstructorAsync();
        var (id, lessons) = await CourseBuilder.PublishedAsync(owner, lessons: 1);
        var learner = await graph.LearnerAsync("Effacee");
        await CourseBuilder.EnrollAsync(learner, id);
        var completed = await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/api/v1/progress/lessons/{lessons[0]}", new { status = "completed" });
        var number = completed.GetProperty("enrollment").GetProperty("certificate_number").GetString();
        await learner.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/courses/{id}/reviews", new { rating = 4, text = "Bien." });

        // Deleted through auth itself: its UserDeleted event travels the real way.
        await learner.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, "/api/v1/users/me", new { password = CoursesGraph.Password });

        Assert.True(await Poll.UntilAsync(async () =>
            (await graph.Anonymous().GetAsync($"/api/v1/courses/{id}/reviews")).GetProperty("items")[0].GetProperty("learner_name").GetString() == "Utilisateur supprimé",
            TimeSpan.FromSeconds(20)));
        var certificate = await graph.Anonymous().GetAsync($"/api/v1/certificates/{number}");
        Assert.Equal("Utilisateur supprimé", certificate.GetProperty("learner_name").GetString());
        Assert.False(certificate.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task An_instructor_renamed_in_auth_is_renamed_on_the_catalog()
    {
        var owner = await graph.InstructorAsync("Avant");
        var (id, _) = await CourseBuilder.PublishedAsync(owner, lessons: 1);
        Assert.Equal("Avant Lovelace", (await graph.Anonymous().GetAsync($"/api/v1/courses/{id}")).GetProperty("instructor_name").GetString());

        await owner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, "/api/v1/users/me", new { first_name = "Après" });

        Assert.True(await Poll.UntilAsync(async () =>
            (await graph.Anonymous().GetAsync($"/api/v1/courses/{id}")).GetProperty("instructor_name").GetString() == "Après Lovelace", TimeSpan.FromSeconds(20)));
    }
}
