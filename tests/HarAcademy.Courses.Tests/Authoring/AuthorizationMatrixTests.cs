using System.Net;
using HarAcademy.Courses.Tests.Infrastructure;

namespace HarAcademy.Courses.Tests.Authoring;

/// <summary>Who may do what: anonymous visitors, learners, the course's instructor, another instructor, admins.</summary>
public sealed class AuthorizationMatrixTests(CoursesGraph graph)
{
    [Fact]
    public async Task Only_instructors_and_admins_create_courses_and_only_their_owner_or_an_admin_changes_one()
    {
        var owner = await graph.InstructorAsync();
        var other = await graph.InstructorAsync("Other");
        var learner = await graph.LearnerAsync();
        var body = new { title = "Mine", description = CourseBuilder.Description };

        await graph.Anonymous().ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Post, "/api/v1/courses", body);
        await learner.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, "/api/v1/courses", body);
        var (id, lessons) = await CourseBuilder.PublishedAsync(owner);

        await other.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Patch, $"/api/v1/courses/{id}", new { title = "Stolen" });
        await learner.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Patch, $"/api/v1/courses/{id}", new { title = "Stolen" });
        await other.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/api/v1/courses/{id}/archive");
        await other.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Delete, $"/api/v1/courses/{id}/lessons/{lessons[0]}");
        await other.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, $"/api/v1/courses/{id}/stats");
        await graph.Anonymous().ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Patch, $"/api/v1/courses/{id}", new { title = "Stolen" });
        await graph.Admin().ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, $"/api/v1/courses/{id}", new { subtitle = "Edited by an admin" });
        await owner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/courses/{id}/stats");
        await owner.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Patch, $"/api/v1/courses/{Guid.NewGuid()}", new { title = "Nothing" });
    }

    [Fact]
    public async Task A_draft_is_visible_to_its_owner_and_admins_only()
    {
        var owner = await graph.InstructorAsync();
        var (id, lessons) = await CourseBuilder.PublishedAsync(owner, publish: false);

        await owner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/courses/{id}");
        await graph.Admin().ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/courses/{id}");
        await graph.Anonymous().ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/courses/{id}");
        await (await graph.InstructorAsync("Other")).ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/courses/{id}");
        await graph.Anonymous().ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/courses/{id}/lessons/{lessons[0]}");
        await (await graph.LearnerAsync()).ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, "/api/v1/enrollments", new { course_id = id });
    }

    [Fact]
    public async Task Lesson_content_needs_an_enrollment_except_for_previews()
    {
        var owner = await graph.InstructorAsync();
        var (id, lessons) = await CourseBuilder.PublishedAsync(owner);
        var learner = await graph.LearnerAsync();

        // The first lesson is a free preview: open to anyone, signed in or not.
        await graph.Anonymous().ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/courses/{id}/lessons/{lessons[0]}");
        await graph.Anonymous().ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, $"/api/v1/courses/{id}/lessons/{lessons[1]}");
        await learner.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, $"/api/v1/courses/{id}/lessons/{lessons[1]}");
        await learner.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Put, $"/api/v1/progress/lessons/{lessons[1]}", new { status = "completed" });

        await CourseBuilder.EnrollAsync(learner, id);
        var lesson = await learner.GetAsync($"/api/v1/courses/{id}/lessons/{lessons[1]}");
        Assert.Equal("# Lesson 2\n\nSome **text**.", lesson.GetProperty("markdown").GetString());
        await owner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/courses/{id}/lessons/{lessons[1]}");
        // A lesson id of another course is not found through this one.
        var (otherCourse, _) = await CourseBuilder.PublishedAsync(owner);
        await owner.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/courses/{otherCourse}/lessons/{lessons[1]}");
    }

    [Fact]
    public async Task An_empty_course_cannot_be_published_and_the_reasons_are_listed()
    {
        var owner = await graph.InstructorAsync();
        var course = await owner.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/courses",
            new { title = "Empty", description = "Short.", price = new { amount = 30, currency = "EUR", pricing_model = "one_time" } });
        var id = course.GetProperty("id").GetGuid();

        var problem = await owner.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, $"/api/v1/courses/{id}/publish");
        var reasons = problem.GetProperty("reasons").EnumerateArray().Select(reason => reason.GetString()).ToList();
        Assert.Contains("The course needs at least one module with at least one lesson.", reasons);
        Assert.Contains("The description needs at least 50 characters.", reasons);
        Assert.Equal("draft", (await owner.GetAsync($"/api/v1/courses/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Deleting_is_for_courses_nobody_took_and_archiving_keeps_learners_in()
    {
        var owner = await graph.InstructorAsync();
        var (id, lessons) = await CourseBuilder.PublishedAsync(owner);
        var learner = await graph.LearnerAsync();
        await CourseBuilder.EnrollAsync(learner, id);

        await owner.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Delete, $"/api/v1/courses/{id}");
        await owner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/courses/{id}/archive");
        await graph.Anonymous().ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/courses/{id}");
        await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/courses/{id}");
        await learner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/courses/{id}/lessons/{lessons[2]}");

        var (draft, _) = await CourseBuilder.PublishedAsync(owner, publish: false);
        await owner.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"/api/v1/courses/{draft}");
        await owner.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/courses/{draft}");
    }

    [Fact]
    public async Task Platform_statistics_are_for_admins()
    {
        await (await graph.InstructorAsync()).ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, "/api/v1/courses/stats");
        var stats = await graph.Admin().GetAsync("/api/v1/courses/stats");
        Assert.True(stats.GetProperty("courses_by_status").EnumerateObject().Any());
        Assert.Equal(90, stats.GetProperty("enrollments_over_time").GetArrayLength());
    }
}
