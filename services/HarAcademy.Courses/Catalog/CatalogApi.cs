using HarAcademy.Courses.Data;
using HarAcademy.Courses.Extensions;
using HarAcademy.Courses.Learning;
using HarAcademy.Courses.Model;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;

namespace HarAcademy.Courses.Catalog;

/// <summary>The public catalog (published courses, anonymous) and course pages; an instructor's own courses.</summary>
public static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var courses = app.MapGroup("/api/v1/courses").WithTags("Catalog");
        courses.MapGet("/", List).AllowAnonymous().Produces<CatalogPage>();
        courses.MapGet("/{id:guid}", Get).AllowAnonymous().Produces<CourseDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        courses.MapGet("/mine", Mine);
        return app;
    }

    public static async Task<IResult> List(
        [AsParameters] CatalogRequest request, CatalogCache cache, CatalogQuery query, CancellationToken cancellationToken)
    {
        if (request.Domain is not null && request.DomainValue is null)
        {
            return Problems.Field("domain", $"Unknown domain: use one of {string.Join(", ", Domains.All)}.");
        }

        if (request.MinPrice > request.MaxPrice)
        {
            return Problems.Field("min_price", "min_price is above max_price.");
        }

        return (await cache.PageAsync(request, token => new ValueTask<CatalogPage>(query.RunAsync(request, token)), cancellationToken)).Result();
    }

    /// <summary>A published course for anyone; a draft or archived one for its instructor and admins (archived: also its learners).</summary>
    public static async Task<IResult> Get(Guid id, CatalogCache cache, CoursesDbContext database, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var course = await cache.CourseAsync(id, async token => await LoadDetailAsync(database, id, token), cancellationToken);
        if (course is null || !await CanSeeAsync(id, course.Status, course.InstructorId, database, user, cancellationToken))
        {
            return Problems.NotFound("course");
        }

        return course.Json.Result();
    }

    public static async Task<Ok<List<CourseSummary>>> Mine(CoursesDbContext database, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        var courses = await database.Courses.AsNoTracking().Where(course => course.InstructorId == me)
            .OrderByDescending(course => course.UpdatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(courses.Select(Summary).ToList());
    }

    internal static async Task<CourseDetail?> LoadDetailAsync(CoursesDbContext database, Guid id, CancellationToken cancellationToken) =>
        await database.Courses.AsNoTracking().AsSplitQuery()
            .Include(course => course.Modules).ThenInclude(module => module.Lessons)
            .FirstOrDefaultAsync(course => course.Id == id, cancellationToken) is { } course
            ? CourseDetail.From(course)
            : null;

    private static async Task<bool> CanSeeAsync(Guid courseId, string status, Guid instructorId, CoursesDbContext database, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (status == CourseStatuses.Published)
        {
            return true;
        }

        if (user.OptionalUserId() is not { } caller)
        {
            return false;
        }

        if (user.IsAdmin() || instructorId == caller)
        {
            return true;
        }

        // An archived course stays open to those who had it.
        return status == CourseStatuses.Archived && await LessonAccess.HasOpenEnrollmentAsync(database, courseId, caller, cancellationToken);
    }

    public static CourseSummary Summary(Course course) => new(
        course.Id, course.Title, course.Subtitle, course.Language, course.Domain, course.Stack, course.Category, course.Level,
        course.Keywords, course.InstructorId, course.InstructorName, course.ThumbnailUrl, PriceView.From(course.Price), course.Status,
        course.TotalLessons, CourseDetail.Hours(course.TotalDurationSeconds), course.EnrollmentsCount, course.AverageRating,
        course.ReviewsCount, course.PublishedAt);
}
