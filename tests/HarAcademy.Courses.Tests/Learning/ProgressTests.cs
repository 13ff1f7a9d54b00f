using System.Net;
using HarAcademy.Courses.Tests.Infrastructure;

namespace HarAcademy.Courses.Tests.Learning;

/// <summary>Progress is computed on the server, exactly, whatever the order, the repetition or the concurrency of the reports.</summary>
public sealed class ProgressTests(CoursesGraph graph)
{
    [Fact]
    public async Task Percentage_completion_and_certificate_follow_the_completed_lessons()
    {
        var owner = await graph.InstructorAsync("Marie");
        var (id, lessons) = await CourseBuilder.PublishedAsync(owner, lessons: 3);
        var learner = await graph.LearnerAsync("Sophie");
        var enrollment = await CourseBuilder.EnrollAsync(learner, id);

        var first = await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/api/v1/progress/lessons/{lessons[0]}", new { status = "completed", time_spent_seconds = 120 });
        Assert.Equal(33.33m, first.GetProperty("enrollment").GetProperty("progress_percentage").GetDecimal());
        // Reported again, and a lower running total: nothing counted twice, time spent kept at its highest.
        var again = await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/api/v1/progress/lessons/{lessons[0]}", new { status = "completed", time_spent_seconds = 60 });
        Assert.Equal(33.33m, again.GetProperty("enrollment").GetProperty("progress_percentage").GetDecimal());
        Assert.Equal(120, again.GetProperty("lesson").GetProperty("time_spent_seconds").GetInt32());
        // Started only: no change to the percentage, but it is where the learner resumes.
        await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/api/v1/progress/lessons/{lessons[2]}", new { status = "started", position_seconds = 30 });
        var detail = await learner.GetAsync($"/api/v1/enrollments/{enrollment}");
        Assert.Equal(lessons[2], detail.GetProperty("resume_lesson_id").GetGuid());
        Assert.Equal("active", detail.GetProperty("enrollment").GetProperty("status").GetString());

        await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/api/v1/progress/lessons/{lessons[2]}", new { status = "completed" });
        var last = await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/api/v1/progress/lessons/{lessons[1]}", new { status = "completed" });
        var done = last.GetProperty("enrollment");
        Assert.Equal(100m, done.GetProperty("progress_percentage").GetDecimal());
        Assert.Equal("completed", done.GetProperty("status").GetString());
        var number = done.GetProperty("certificate_number").GetString()!;
        Assert.Matches("^HAR-[0-9]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", number);

        // The certificate is public by its number, and listed as the learner's.
        var certificate = await graph.Anonymous().GetAsync($"/api/v1/certificates/{number}");
        Assert.Equal("Sophie Lovelace", certificate.GetProperty("learner_name").GetString());
        Assert.Equal("Marie Lovelace", certificate.GetProperty("instructor_name").GetString());
        Assert.True(certificate.GetProperty("valid").GetBoolean());
        Assert.Contains(number, (await learner.GetAsync("/api/v1/certificates/me")).EnumerateArray().Select(c => c.GetProperty("number").GetString()));
        using var print = await graph.Anonymous().SendAsync(HttpMethod.Get, $"/api/v1/certificates/{number.ToLowerInvariant()}/print");
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        Assert.Contains("Sophie Lovelace", await print.Content.ReadAsStringAsync(CoursesGraph.Cancel));
        await graph.Anonymous().ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, "/api/v1/certificates/HAR-2026-0000-0000-0000");
    }

    [Fact]
    public async Task Concurrent_completions_of_different_lessons_are_all_counted()
    {
        var owner = await graph.InstructorAsync();
        var (id, lessons) = await CourseBuilder.PublishedAsync(owner, lessons: 12);
        var learner = await graph.LearnerAsync();
        await CourseBuilder.EnrollAsync(learner, id);

        // Every lesson at once, most of them twice.
        var reports = lessons.Concat(lessons[..8]).Select(lesson =>
            learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/api/v1/progress/lessons/{lesson}", new { status = "completed" }));
        await Task.WhenAll(reports);

        var mine = (await learner.GetAsync("/api/v1/enrollments/me")).EnumerateArray().Single(e => e.GetProperty("course_id").GetGuid() == id);
        Assert.Equal(12, mine.GetProperty("completed_lessons").GetInt32());
        Assert.Equal(100m, mine.GetProperty("progress_percentage").GetDecimal());
        Assert.Equal("completed", mine.GetProperty("status").GetString());
        Assert.Equal(1L, await graph.ScalarAsync<long>("SELECT count(*) FROM certificates WHERE course_id = @id", ("id", id)));
        Assert.Equal(1L, await graph.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE type = 'CourseCompleted' AND payload->>'course_id' = @id", ("id", id.ToString())));
        Assert.Equal(12L, await graph.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE type = 'LessonCompleted' AND payload->>'course_id' = @id", ("id", id.ToString())));
    }

    [Fact]
    public async Task Concurrent_enrollments_of_one_learner_make_one_enrollment()
    {
        var owner = await graph.InstructorAsync();
        var (id, _) = await CourseBuilder.PublishedAsync(owner, lessons: 1);
        var learner = await graph.LearnerAsync();

        var ids = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => CourseBuilder.EnrollAsync(learner, id)));

        Assert.Single(ids.Distinct());
        Assert.Equal(1L, await graph.ScalarAsync<long>("SELECT count(*) FROM enrollments WHERE course_id = @id", ("id", id)));
        Assert.Equal(1, (await graph.Anonymous().GetAsync($"/api/v1/courses/{id}")).GetProperty("enrollments_count").GetInt32());
    }

    [Fact]
    public async Task Many_learners_enrolling_at_once_are_all_counted()
    {
        var owner = await graph.InstructorAsync();
        var (id, _) = await CourseBuilder.PublishedAsync(owner, lessons: 1);
        var learners = await Task.WhenAll(Enumerable.Range(0, 8).Select(index => graph.LearnerAsync($"L{index}")));

        await Task.WhenAll(learners.Select(learner => CourseBuilder.EnrollAsync(learner, id)));

        Assert.Equal(8, (await graph.Anonymous().GetAsync($"/api/v1/courses/{id}")).GetProperty("enrollments_count").GetInt32());
    }

    [Fact]
    public async Task Dropping_ends_access_and_coming_back_resumes_where_the_learner_was()
    {
        var owner = await graph.InstructorAsync();
        var (id, lessons) = await CourseBuilder.PublishedAsync(owner, lessons: 2);
        var learner = await graph.LearnerAsync();
        var enrollment = await CourseBuilder.EnrollAsync(learner, id);
        await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/api/v1/progress/lessons/{lessons[1]}", new { status = "completed" });

        await learner.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"/api/v1/enrollments/{enrollment}");
        await learner.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, $"/api/v1/courses/{id}/lessons/{lessons[1]}");
        Assert.DoesNotContain((await learner.GetAsync("/api/v1/enrollments/me")).EnumerateArray(), e => e.GetProperty("id").GetGuid() == enrollment);
        Assert.Equal(0, (await graph.Anonymous().GetAsync($"/api/v1/courses/{id}")).GetProperty("enrollments_count").GetInt32());
        // Someone else's enrollment cannot be dropped (nor seen).
        await (await graph.LearnerAsync()).ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Delete, $"/api/v1/enrollments/{enrollment}");

        Assert.Equal(enrollment, await CourseBuilder.EnrollAsync(learner, id));
        var back = await learner.GetAsync($"/api/v1/enrollments/{enrollment}");
        Assert.Equal(50m, back.GetProperty("enrollment").GetProperty("progress_percentage").GetDecimal());
        Assert.Equal(lessons[1], back.GetProperty("resume_lesson_id").GetGuid());
    }

    [Fact]
    public async Task Paid_courses_are_not_enrolled_for_free_and_bad_bodies_are_refused()
    {
        var owner = await graph.InstructorAsync();
        var (id, lessons) = await CourseBuilder.PublishedAsync(owner, lessons: 1, fields: new
        {
            title = "Paid", description = CourseBuilder.Description, price = new { amount = 49, currency = "EUR", pricing_model = "one_time" },
        });
        var learner = await graph.LearnerAsync();

        await learner.ExpectAsync(HttpStatusCode.PaymentRequired, HttpMethod.Post, "/api/v1/enrollments", new { course_id = id });
        await learner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/v1/enrollments", new { });
        await learner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/v1/enrollments", new { course_id = "not-a-guid" });
        await learner.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, "/api/v1/enrollments", new { course_id = Guid.NewGuid() });
        await learner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"/api/v1/progress/lessons/{lessons[0]}", new { status = "finished" });
        await learner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"/api/v1/progress/lessons/{lessons[0]}", new { time_spent_seconds = -5 });
        await learner.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Put, $"/api/v1/progress/lessons/{Guid.NewGuid()}", new { status = "started" });
    }
}
