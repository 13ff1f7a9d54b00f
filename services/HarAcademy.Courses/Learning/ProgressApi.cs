using System.Security.Claims;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Extensions;
using HarAcademy.Courses.Model;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Learning;

/// <summary>A learner reports progress on a lesson; the server computes the course's percentage and completion (<see cref="ProgressRecorder"/>).</summary>
public static class ProgressApi
{
    public static IEndpointRouteBuilder MapProgressApi(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/v1/progress/lessons/{lessonId:guid}", Update).WithTags("Learning");
        return app;
    }

    public static async Task<Results<Ok<ProgressResult>, ValidationProblem, ProblemHttpResult>> Update(
        Guid lessonId, ProgressUpdate request, CoursesDbContext database, ProgressRecorder recorder, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // The lesson and the caller's enrollment in its course, in one query.
        var me = user.UserId();
        var target = await database.Lessons.AsNoTracking().Where(l => l.Id == lessonId)
            .Select(l => new { Lesson = l, Enrollment = database.Enrollments.FirstOrDefault(e => e.CourseId == l.CourseId && e.LearnerId == me) })
            .FirstOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return Problems.NotFound("lesson");
        }

        if (target.Enrollment?.Opens() != true)
        {
            return Problems.NotEnrolled();
        }

        var complete = request.Status == "completed";
        if (complete && target.Lesson.Type == LessonTypes.Quiz)
        {
            return Problems.Field("status", "A quiz is completed by passing it: submit an attempt.");
        }

        var recorded = (await recorder.RecordAsync(target.Enrollment.Id, target.Lesson,
            new ProgressChange(complete, request.TimeSpentSeconds, request.PositionSeconds), cancellationToken))!;
        return TypedResults.Ok(new ProgressResult(EnrollmentsApi.Entry(recorded.Progress), await EnrollmentsApi.ViewAsync(database, recorded, cancellationToken)));
    }
}
