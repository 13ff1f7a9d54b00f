using HarAcademy.ServiceDefaults.Data;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using HarAcademy.Contracts.Courses;
using HarAcademy.Courses.Catalog;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Extensions;
using HarAcademy.Courses.Learning;
using HarAcademy.Courses.Model;
using HarAcademy.EventBus.Outbox;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Reviews;

public sealed record ReviewWrite([property: Required, Range(1, 5)] int? Rating, [property: StringLength(5000)] string? Text);

public sealed record ReviewView(Guid Id, Guid CourseId, Guid LearnerId, string LearnerName, int Rating, string Text, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record ReviewPage(IReadOnlyList<ReviewView> Items, int Total, int Page, int PageSize, decimal AverageRating, IReadOnlyDictionary<string, int> Distribution);

/// <summary>One review per learner and course (posting again replaces it); the course's average and count recounted with it.</summary>
public static class ReviewsApi
{
    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        var reviews = app.MapGroup("/api/v1/courses/{id:guid}/reviews").WithTags("Reviews");
        reviews.MapGet("/", List).AllowAnonymous();
        reviews.MapPost("/", Post);
        return app;
    }

    public static async Task<Results<Ok<ReviewPage>, ProblemHttpResult>> List(
        Guid id, CoursesDbContext database, CancellationToken cancellationToken, [Range(1, 10_000)] int page = 1, [Range(1, 100), FromQuery(Name = "page_size")] int pageSize = 20)
    {
        var course = await database.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.Status != CourseStatuses.Draft, cancellationToken);
        if (course is null)
        {
            return Problems.NotFound("course");
        }

        var all = database.Reviews.AsNoTracking().Where(r => r.CourseId == id);
        var items = await all.OrderByDescending(r => r.CreatedAt).Skip((page - 1) * pageSize).Take(pageSize).Select(r => View(r)).ToListAsync(cancellationToken);
        var distribution = await all.GroupBy(r => r.Rating).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ReviewPage(items, course.ReviewsCount, page, pageSize, course.AverageRating,
            Enumerable.Range(1, 5).ToDictionary(star => star.ToString(), star => distribution.FirstOrDefault(d => d.Key == star)?.Count ?? 0)));
    }

    /// <summary>201 for a first review, 200 when it replaces the learner's earlier one.</summary>
    public static async Task<Results<Created<ReviewView>, Ok<ReviewView>, ProblemHttpResult>> Post(
        Guid id, ReviewWrite request, CoursesDbContext database, People people, CatalogCache cache, TimeProvider clock,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        var outcome = await database.InTransactionAsync<(Review?, bool, ProblemHttpResult?)>(async token =>
        {
            if (!await database.LockCourseAsync(id, token))
            {
                return (null, false, Problems.NotFound("course"));
            }

            var enrollment = await database.Enrollments.AsNoTracking().FirstOrDefaultAsync(e => e.CourseId == id && e.LearnerId == me, token);
            if (enrollment?.Opens() != true)
            {
                return (null, false, TypedResults.Problem("Only learners enrolled in the course review it.", statusCode: StatusCodes.Status403Forbidden, title: "Not enrolled"));
            }

            var now = clock.GetUtcNow();
            var name = await people.RememberCallerAsync(user, token);
            var review = await database.Reviews.FirstOrDefaultAsync(r => r.CourseId == id && r.LearnerId == me, token);
            var created = review is null;
            if (review is null)
            {
                review = new Review { CourseId = id, LearnerId = me, CreatedAt = now };
                database.Reviews.Add(review);
            }

            review.Rating = request.Rating!.Value;
            review.Text = request.Text?.Trim() ?? "";
            review.LearnerName = name;
            review.UpdatedAt = now;
            await database.SaveChangesAsync(token);
            await RatingTotals.RecountAsync(database, id, token);
            var totals = await database.Courses.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.AverageRating, c.ReviewsCount }).FirstAsync(token);
            database.AddEvent(new ReviewPosted(review.Id, id, me, review.Rating, totals.AverageRating, totals.ReviewsCount));
            await database.SaveChangesAsync(token);
            return (review, created, null);
        }, cancellationToken);
        if (outcome is (null, _, var problem))
        {
            return problem!;
        }

        await cache.InvalidateAsync(id);
        var view = View(outcome.Item1!);
        return outcome.Item2 ? TypedResults.Created($"/api/v1/courses/{id}/reviews/{view.Id}", view) : TypedResults.Ok(view);
    }

    private static ReviewView View(Review review) =>
        new(review.Id, review.CourseId, review.LearnerId, review.LearnerName, review.Rating, review.Text, review.CreatedAt, review.UpdatedAt);
}
