using System.Net;
using HarAcademy.Courses.Tests.Infrastructure;

namespace HarAcademy.Courses.Tests.Authoring;

/// <summary>Modules and lessons keep a dense order; reordering is all or nothing; totals follow every change.</summary>
public sealed class ReorderingTests(CoursesGraph graph)
{
    [Fact]
    public async Task Lessons_are_reordered_moved_and_counted()
    {
        var owner = await graph.InstructorAsync();
        var (id, lessons) = await CourseBuilder.PublishedAsync(owner, lessons: 3);
        var first = await CourseBuilder.ModuleOfAsync(owner, id);
        var second = (await owner.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/courses/{id}/modules", new { title = "Module 2" })).GetProperty("id").GetGuid();

        await owner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, $"/api/v1/courses/{id}/modules/{first}", new { lesson_order = new[] { lessons[2], lessons[0], lessons[1] } });
        await owner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, $"/api/v1/courses/{id}/lessons/{lessons[0]}", new { module_id = second });
        await owner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, $"/api/v1/courses/{id}", new { module_order = new[] { second, first } });

        var detail = await owner.GetAsync($"/api/v1/courses/{id}");
        var outline = detail.GetProperty("modules").EnumerateArray()
            .Select(module => (Id: module.GetProperty("id").GetGuid(), Lessons: module.GetProperty("lessons").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).ToArray()))
            .ToArray();
        Assert.Equal(second, outline[0].Id);
        Assert.Equal([lessons[0]], outline[0].Lessons);
        Assert.Equal([lessons[2], lessons[1]], outline[1].Lessons);
        Assert.Equal(3, detail.GetProperty("total_lessons").GetInt32());
        Assert.Equal(0.5m, detail.GetProperty("total_duration_hours").GetDecimal());

        // Not a permutation of the module's lessons: refused, nothing changed.
        await owner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Patch, $"/api/v1/courses/{id}/modules/{first}", new { lesson_order = new[] { lessons[2], lessons[2] } });
        await owner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Patch, $"/api/v1/courses/{id}", new { module_order = new[] { first } });

        await owner.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"/api/v1/courses/{id}/modules/{second}");
        detail = await owner.GetAsync($"/api/v1/courses/{id}");
        Assert.Equal(2, detail.GetProperty("total_lessons").GetInt32());
        Assert.Equal(0, detail.GetProperty("modules")[0].GetProperty("position").GetInt32());
    }

    [Fact]
    public async Task Content_of_another_lesson_type_and_incoherent_questions_are_refused()
    {
        var owner = await graph.InstructorAsync();
        var (id, _) = await CourseBuilder.PublishedAsync(owner, lessons: 1);
        var module = await CourseBuilder.ModuleOfAsync(owner, id);
        var lessons = $"/api/v1/courses/{id}/modules/{module}/lessons";

        await owner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, lessons, new { title = "Video", type = "video", markdown = "text" });
        await owner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, lessons, new { title = "Quiz", type = "quiz",
            quiz = new { passing_score = 50, questions = new[] { new { type = "single_choice", prompt = "?", options = new[] { "a", "b" }, correct_options = new[] { 5 } } } } });
        await owner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, lessons, new { title = "Quiz", type = "quiz",
            quiz = new { passing_score = 50, questions = new[] { new { type = "true_false", prompt = "?" } } } });
        await owner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, lessons, new { title = "Video", type = "video", video = new { url = "javascript:alert(1)", duration_seconds = 10 } });
        await owner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, lessons, new { title = "X", type = "podcast" });

        // Markdown is stored exactly as written (clients render it sanitized).
        const string markdown = "<script>alert('x')</script>\n\n**bold** & `code`";
        var created = await owner.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, lessons, new { title = "Raw", type = "text", markdown });
        Assert.Equal(markdown, created.GetProperty("markdown").GetString());
    }
}
