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
        var lesson = await database.Lessons.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lessonId, cancellationToken);
        if (lesson is null)
        {
            return Problems.NotFound("lesson");
        }

        var me = user.UserId();
        var enrollment = await database.Enrollments.AsNoTracking().FirstOrDefaultAsync(e => e.CourseId == lesson.CourseId && e.LearnerId == me, cancellationToken);
        if (enrollment?.Opens() != true)
        {
            return Problems.NotEnrolled();
        }

        var complete = request.Status == "completed";
        if (complete && lesson.Type == LessonTypes.Quiz)
        {
            return Problems.Field("status", "A quiz is completed by passing it: submit an attempt.");
        }

        var (updated, progress) = (await recorder.RecordAsync(enrollment.Id, lesson, new ProgressChange(complete, request.TimeSpentSeconds, request.PositionSeconds), cancellationToken))!.Value;
        return TypedResults.Ok(new ProgressResult(EnrollmentsApi.Entry(progress), await EnrollmentsApi.ViewAsync(database, updated.Id, cancellationToken)));
    }
}
