using System.Net;
using System.Text.Json;

namespace HarAcademy.Courses.Tests.Infrastructure;

/// <summary>Builds courses through the authoring API, as an instructor would.</summary>
public static class CourseBuilder
{
    public static readonly string Description = "A course written by the test suite, long enough to be published: fifty characters and more.";

    /// <summary>A published course with one module of <paramref name="lessons"/> text lessons (the first a preview); returns (course id, lesson ids).</summary>
    public static async Task<(Guid Course, Guid[] Lessons)> PublishedAsync(User instructor, int lessons = 3, object? fields = null, bool publish = true)
    {
        var course = await instructor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/courses", fields ?? new
        {
            title = $"Course {Guid.NewGuid():N}",
            description = Description,
            language = "en",
            domain = "Python",
            price = new { amount = 0, currency = "EUR", pricing_model = "free" },
        });
        var id = course.GetProperty("id").GetGuid();
        var module = await instructor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/courses/{id}/modules", new { title = "Module 1" });
        var moduleId = module.GetProperty("id").GetGuid();
        var ids = new Guid[lessons];
        for (var index = 0; index < lessons; index++)
        {
            var lesson = await instructor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/courses/{id}/modules/{moduleId}/lessons",
                new { title = $"Lesson {index + 1}", type = "text", markdown = $"# Lesson {index + 1}\n\nSome **text**.", duration_seconds = 600, is_preview = index == 0 });
            ids[index] = lesson.GetProperty("id").GetGuid();
        }

        if (publish)
        {
            await instructor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/courses/{id}/publish");
        }

        return (id, ids);
    }

    public static async Task<Guid> ModuleOfAsync(User instructor, Guid courseId)
    {
        var detail = await instructor.GetAsync($"/api/v1/courses/{courseId}");
        return detail.GetProperty("modules")[0].GetProperty("id").GetGuid();
    }

    public static async Task<Guid> EnrollAsync(User learner, Guid courseId)
    {
        using var response = await learner.SendAsync(HttpMethod.Post, "/api/v1/enrollments", new { course_id = courseId });
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync(CoursesGraph.Cancel));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(CoursesGraph.Cancel)).RootElement.GetProperty("id").GetGuid();
    }
}
