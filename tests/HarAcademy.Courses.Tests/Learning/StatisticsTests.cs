using System.Net;
using HarAcademy.Courses.Tests.Infrastructure;

namespace HarAcademy.Courses.Tests.Learning;

public sealed class StatisticsTests(CoursesGraph graph)
{
    [Fact]
    public async Task A_course_statistics_count_learners_completion_drop_off_and_ratings()
    {
        var owner = await graph.InstructorAsync();
        var (id, lessons) = await CourseBuilder.PublishedAsync(owner, lessons: 2);
        var finisher = await graph.LearnerAsync("F");
        var starter = await graph.LearnerAsync("S");
        var leaver = await graph.LearnerAsync("D");
        await CourseBuilder.EnrollAsync(finisher, id);
        await CourseBuilder.EnrollAsync(starter, id);
        var dropped = await CourseBuilder.EnrollAsync(leaver, id);
        foreach (var lesson in lessons)
        {
            await finisher.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/api/v1/progress/lessons/{lesson}", new { status = "completed" });
        }

        await starter.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/api/v1/progress/lessons/{lessons[0]}", new { status = "completed" });
        await leaver.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"/api/v1/enrollments/{dropped}");
        await finisher.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/courses/{id}/reviews", new { rating = 4 });

        var stats = await owner.GetAsync($"/api/v1/courses/{id}/stats");
        Assert.Equal(3, stats.GetProperty("enrollments").GetInt32());
        Assert.Equal(2, stats.GetProperty("current_learners").GetInt32());
        Assert.Equal(1, stats.GetProperty("completed").GetInt32());
        Assert.Equal(1, stats.GetProperty("dropped").GetInt32());
        Assert.Equal(33.33m, stats.GetProperty("completion_rate").GetDecimal());
        Assert.Equal(75m, stats.GetProperty("average_progress").GetDecimal()); // (100 + 50) / 2
        var funnel = stats.GetProperty("drop_off").EnumerateArray().Select(l => l.GetProperty("completed").GetInt32()).ToArray();
        Assert.Equal([2, 1], funnel);
        Assert.Equal(3, stats.GetProperty("enrollments_over_time").EnumerateArray().Last().GetProperty("count").GetInt32());
        Assert.Equal(1, stats.GetProperty("ratings").GetProperty("distribution").GetProperty("4").GetInt32());
    }
}
