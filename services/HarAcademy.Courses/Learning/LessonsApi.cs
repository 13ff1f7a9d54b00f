using System.Security.Claims;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Media;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Learning;

/// <summary>A lesson's content: for its course's editors (answers included), enrolled learners, and anyone for a preview.</summary>
public static class LessonsApi
{
    public static IEndpointRouteBuilder MapLessonsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/courses/{id:guid}/lessons/{lessonId:guid}", Get).WithTags("Learning").AllowAnonymous();
        return app;
    }

    public static async Task<Results<Ok<LessonView>, ProblemHttpResult>> Get(
        Guid id, Guid lessonId, CoursesDbContext database, MediaUrls media, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (open, problem) = await LessonAccess.OpenAsync(database, id, lessonId, user, cancellationToken);
        if (open is null)
        {
            return problem!;
        }

        if (open.IsEditor)
        {
            return TypedResults.Ok(LessonView.ForEditor(open.Lesson, media));
        }

        var progress = open.Enrollment is { } enrollment
            ? await database.LessonProgress.AsNoTracking().FirstOrDefaultAsync(p => p.EnrollmentId == enrollment.Id && p.LessonId == lessonId, cancellationToken)
            : null;
        return TypedResults.Ok(LessonView.ForLearner(open.Lesson, media, progress));
    }
}
