using HarAcademy.Contracts;
using HarAcademy.Contracts.Courses;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Model;
using HarAcademy.EventBus.Outbox;
using HarAcademy.ServiceDefaults.Authentication;
using HarAcademy.ServiceDefaults.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Authoring;

/// <summary>
/// <c>POST /internal/announcements</c>: announces again, through the outbox, what the AI service derives its index and
/// its learner analysis from: every published course's content (<c>CourseUpdated</c>) and the learning history
/// (enrollments, completed lessons, quiz attempts, completed courses, each dated when it happened). For the AI service's
/// first start (it came after that history, and the stream keeps only what some group has not read yet) and its
/// re-index. Its consumers are idempotent on these events' own ids (enrollment, lesson, attempt), so announcing twice
/// changes nothing. The AI service proves itself with the content sync key the AppHost shares between the two; the
/// gateway never routes <c>/internal</c>.
/// </summary>
public static class AnnouncementsApi
{
    private const int BatchSize = 500;

    public static IEndpointRouteBuilder MapAnnouncementsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/internal/announcements", Announce).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<Ok<Announcements>, ProblemHttpResult>> Announce(
        HttpRequest request, CoursesDbContext database, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (!OperatorKey.Matches(configuration["Courses:ContentSyncKey"], request.Headers[OperatorKey.HeaderName].ToString()))
        {
            return TypedResults.Problem("The content sync key is missing or wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        var published = await database.Courses.AsNoTracking().Where(course => course.Status == CourseStatuses.Published)
            .OrderBy(course => course.Id).Select(course => course.Id).ToListAsync(cancellationToken);
        // A transaction per course, and per batch of history below: a platform of any size never holds one long
        // transaction (or one huge outbox batch).
        foreach (var courseId in published)
        {
            await database.InTransactionAsync(async token =>
            {
                await CourseChanges.AnnounceContentAsync(database, courseId, token);
                await database.SaveChangesAsync(token);
                return true;
            }, cancellationToken);
        }

        var history = 0;
        history += await AnnounceAsync(database, database.Enrollments.AsNoTracking()
            .Where(e => e.Status == EnrollmentStatuses.Active || e.Status == EnrollmentStatuses.Completed).OrderBy(e => e.Id)
            .Select(e => new CourseEnrolled(e.Id, e.CourseId, e.LearnerId, e.Source) { OccurredAt = e.EnrolledAt }), cancellationToken);
        history += await AnnounceAsync(database,
            from progress in database.LessonProgress.AsNoTracking()
            join enrollment in database.Enrollments on progress.EnrollmentId equals enrollment.Id
            where progress.CompletedAt != null
            orderby progress.EnrollmentId, progress.LessonId
            select new LessonCompleted(enrollment.Id, enrollment.CourseId, progress.LessonId, enrollment.LearnerId, enrollment.ProgressPercentage) { OccurredAt = progress.CompletedAt!.Value },
            cancellationToken);
        history += await AnnounceAsync(database,
            from attempt in database.QuizAttempts.AsNoTracking()
            join enrollment in database.Enrollments on new { attempt.CourseId, attempt.LearnerId } equals new { enrollment.CourseId, enrollment.LearnerId }
            orderby attempt.Id
            select new QuizAttempted(attempt.Id, enrollment.Id, attempt.CourseId, attempt.LessonId, attempt.LearnerId, attempt.Score, attempt.Passed, attempt.Number) { OccurredAt = attempt.SubmittedAt },
            cancellationToken);
        history += await AnnounceAsync(database,
            from certificate in database.Certificates.AsNoTracking()
            join enrollment in database.Enrollments on certificate.EnrollmentId equals enrollment.Id
            where enrollment.Status == EnrollmentStatuses.Completed
            orderby certificate.Id
            select new CourseCompleted(enrollment.Id, enrollment.CourseId, enrollment.LearnerId, certificate.Number) { OccurredAt = enrollment.CompletedAt ?? certificate.IssuedAt },
            cancellationToken);
        return TypedResults.Ok(new Announcements(published.Count, history));
    }

    private static async Task<int> AnnounceAsync<TEvent>(CoursesDbContext database, IQueryable<TEvent> events, CancellationToken cancellationToken)
        where TEvent : IntegrationEvent
    {
        var announced = 0;
        while (true)
        {
            var batch = await events.Skip(announced).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return announced;
            }

            await database.InTransactionAsync(async token =>
            {
                batch.ForEach(database.AddEvent);
                await database.SaveChangesAsync(token);
                return true;
            }, cancellationToken);
            announced += batch.Count;
        }
    }
}

/// <param name="Courses">Published courses whose content was announced.</param>
/// <param name="LearningEvents">Enrollments, completed lessons, quiz attempts and completed courses announced.</param>
public sealed record Announcements(int Courses, int LearningEvents);
