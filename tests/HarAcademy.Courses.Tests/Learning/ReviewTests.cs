using System.Net;
using HarAcademy.Courses.Tests.Infrastructure;

namespace HarAcademy.Courses.Tests.Learning;

public sealed class ReviewTests(CoursesGraph graph)
{
    [Fact]
    public async Task One_review_per_learner_and_the_average_stays_exact_under_concurrency()
    {
        var owner = await graph.InstructorAsync();
        var (id, _) = await CourseBuilder.PublishedAsync(owner, lessons: 1);
        var learners = await Task.WhenAll(Enumerable.Range(0, 6).Select(index => graph.LearnerAsync($"R{index}")));
        foreach (var learner in learners)
        {
            await CourseBuilder.EnrollAsync(learner, id);
        }

        int[] ratings = [5, 4, 4, 3, 5, 2];
        await Task.WhenAll(learners.Zip(ratings).Select(pair =>
            pair.First.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/courses/{id}/reviews", new { rating = pair.Second, text = "Très clair." })));
        // The first learner changes their mind: their review is replaced, not doubled.
        await learners[0].ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/courses/{id}/reviews", new { rating = 1, text = "Finalement non." });

        var course = await graph.Anonymous().GetAsync($"/api/v1/courses/{id}");
        Assert.Equal(6, course.GetProperty("reviews_count").GetInt32());
        Assert.Equal(3.17m, course.GetProperty("average_rating").GetDecimal()); // (1+4+4+3+5+2)/6
        var page = await graph.Anonymous().GetAsync($"/api/v1/courses/{id}/reviews?page_size=2");
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.Equal(2, page.GetProperty("distribution").GetProperty("4").GetInt32());
        Assert.Equal(1, page.GetProperty("distribution").GetProperty("5").GetInt32());
    }

    [Fact]
    public async Task Only_enrolled_learners_review_and_ratings_are_one_to_five()
    {
        var owner = await graph.InstructorAsync();
        var (id, _) = await CourseBuilder.PublishedAsync(owner, lessons: 1);
        var learner = await graph.LearnerAsync();
        await learner.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/api/v1/courses/{id}/reviews", new { rating = 5 });
        await CourseBuilder.EnrollAsync(learner, id);
        await learner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/v1/courses/{id}/reviews", new { rating = 6 });
        await learner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/v1/courses/{id}/reviews", new { text = "no rating" });
        await learner.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"/api/v1/courses/{Guid.NewGuid()}/reviews", new { rating = 5 });
        await graph.Anonymous().ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Post, $"/api/v1/courses/{id}/reviews", new { rating = 5 });
    }
}
