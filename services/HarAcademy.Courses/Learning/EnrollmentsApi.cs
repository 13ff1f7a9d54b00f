using HarAcademy.ServiceDefaults.Data;
using System.Security.Claims;
using HarAcademy.Courses.Catalog;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Extensions;
using HarAcademy.Courses.Model;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Learning;

/// <summary>A learner's enrollments: enroll in a free course, list mine with progress, one with its lessons' progress, drop.</summary>
public static class EnrollmentsApi
{
    public static IEndpointRouteBuilder MapEnrollmentsApi(this IEndpointRouteBuilder app)
    {
        var enrollments = app.MapGroup("/api/v1/enrollments").WithTags("Learning");
        enrollments.MapPost("/", Enroll);
        enrollments.MapGet("/me", Mine);
        enrollments.MapGet("/{id:guid}", Get);
        enrollments.MapDelete("/{id:guid}", Drop);
        return app;
    }

    /// <summary>
    /// A free course, a paid one the learner's subscription covers, or any for its own staff. Idempotent: enrolling again
    /// answers the same enrollment (200); a new one is 201.
    /// </summary>
    public static async Task<Results<Created<EnrollmentView>, Ok<EnrollmentView>, ProblemHttpResult>> Enroll(
        EnrollRequest request, CoursesDbContext database, EnrollmentGrants grants, People people, CatalogCache cache,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var courseId = request.CourseId!.Value;
        var course = await database.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null || course.Status != CourseStatuses.Published)
        {
            return Problems.NotFound("published course");
        }

        var staff = user.CanEdit(course);
        var me = user.UserId();
        var subscribed = !course.Price.IsFree && !staff
            && (await database.SubscriptionAccess.AsNoTracking().FirstOrDefaultAsync(a => a.UserId == me, cancellationToken))?.Covers(course) == true;
        if (!course.Price.IsFree && !staff && !subscribed)
        {
            return Problems.PaymentRequired();
        }

        var source = course.Price.IsFree ? EnrollmentSources.Free : staff ? EnrollmentSources.Staff : EnrollmentSources.Subscription;

        var (enrollment, changed) = await database.InTransactionAsync(async token =>
        {
            await people.RememberCallerAsync(user, token);
            var granted = await grants.GrantAsync(courseId, me, source, null, token);
            await database.SaveChangesAsync(token);
            return granted;
        }, cancellationToken);
        if (changed)
        {
            await cache.InvalidateAsync(courseId);
        }

        var view = await ViewAsync(database, enrollment.Id, cancellationToken);
        return changed ? TypedResults.Created($"/api/v1/enrollments/{enrollment.Id}", view) : TypedResults.Ok(view);
    }

    /// <summary>Mine, most recently studied first; dropped and revoked ones only when asked (<c>?include_ended=true</c>).</summary>
    public static async Task<Ok<List<EnrollmentView>>> Mine(
        CoursesDbContext database, ClaimsPrincipal user, CancellationToken cancellationToken, [FromQuery(Name = "include_ended")] bool includeEnded = false)
    {
        var me = user.UserId();
        var rows = await Query(database).Where(row => row.Enrollment.LearnerId == me)
            .Where(row => includeEnded || row.Enrollment.Status == EnrollmentStatuses.Active || row.Enrollment.Status == EnrollmentStatuses.Completed)
            .OrderByDescending(row => row.Enrollment.LastAccessedAt ?? row.Enrollment.EnrolledAt)
            .Take(500).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(View).ToList());
    }

    public static async Task<Results<Ok<EnrollmentDetail>, ProblemHttpResult>> Get(
        Guid id, CoursesDbContext database, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var row = await Query(database).FirstOrDefaultAsync(row => row.Enrollment.Id == id, cancellationToken);
        if (row is null || row.Enrollment.LearnerId != user.UserId() && !user.IsAdmin())
        {
            return Problems.NotFound("enrollment");
        }

        var lessons = await database.LessonProgress.AsNoTracking().Where(p => p.EnrollmentId == id)
            .Select(p => Entry(p)).ToListAsync(cancellationToken);
        var resume = row.Enrollment.LastLessonId ?? await FirstUnfinishedAsync(database, row.Enrollment, cancellationToken);
        return TypedResults.Ok(new EnrollmentDetail(View(row), resume, lessons));
    }

    /// <summary>The learner leaves the course: access ends, progress is kept should they come back.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Drop(
        Guid id, CoursesDbContext database, EnrollmentGrants grants, CatalogCache cache, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var problem = await database.InTransactionAsync(async token =>
        {
            var enrollment = await database.Enrollments.FirstOrDefaultAsync(e => e.Id == id, token);
            if (enrollment is null || enrollment.LearnerId != user.UserId())
            {
                return Problems.NotFound("enrollment");
            }

            if (enrollment.Opens())
            {
                await grants.EndAsync(enrollment, EnrollmentStatuses.Dropped, token);
            }

            return null;
        }, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var courseId = await database.Enrollments.Where(e => e.Id == id).Select(e => e.CourseId).FirstAsync(cancellationToken);
        await cache.InvalidateAsync(courseId);
        return TypedResults.NoContent();
    }

    /// <summary>Member-initialized (not positional) so EF can filter and sort on it after the projection.</summary>
    internal sealed class Row
    {
        public required Enrollment Enrollment { get; init; }
        public required Course Course { get; init; }
        public string? CertificateNumber { get; init; }
    }

    internal static IQueryable<Row> Query(CoursesDbContext database) =>
        database.Enrollments.AsNoTracking().Join(database.Courses, e => e.CourseId, c => c.Id, (e, c) => new { e, c })
            .Select(pair => new Row
            {
                Enrollment = pair.e,
                Course = pair.c,
                CertificateNumber = database.Certificates
                    .Where(certificate => certificate.EnrollmentId == pair.e.Id && certificate.RevokedAt == null)
                    .Select(certificate => certificate.Number).FirstOrDefault(),
            });

    internal static async Task<EnrollmentView> ViewAsync(CoursesDbContext database, Guid enrollmentId, CancellationToken cancellationToken) =>
        View(await Query(database).FirstAsync(row => row.Enrollment.Id == enrollmentId, cancellationToken));

    internal static EnrollmentView View(Row row) => new(
        row.Enrollment.Id, row.Enrollment.CourseId, row.Enrollment.Status, row.Enrollment.Source, row.Enrollment.EnrolledAt,
        row.Enrollment.CompletedAt, row.Enrollment.CompletedLessons, row.Course.TotalLessons, row.Enrollment.ProgressPercentage,
        row.Enrollment.LastLessonId, row.Enrollment.LastAccessedAt, row.CertificateNumber, CatalogApi.Summary(row.Course));

    /// <summary>The enrollment a progress change left, from what the change loaded; only a completed one's certificate is read.</summary>
    internal static async Task<EnrollmentView> ViewAsync(CoursesDbContext database, RecordedProgress recorded, CancellationToken cancellationToken)
    {
        var enrollment = recorded.Enrollment;
        var certificate = recorded.NewCertificate ?? (enrollment.Status == EnrollmentStatuses.Completed
            ? await database.Certificates.Where(c => c.EnrollmentId == enrollment.Id && c.RevokedAt == null).Select(c => c.Number).FirstOrDefaultAsync(cancellationToken)
            : null);
        return View(new Row { Enrollment = enrollment, Course = enrollment.Course!, CertificateNumber = certificate });
    }

    internal static LessonProgressEntry Entry(LessonProgress progress) => new(progress.LessonId,
        progress.CompletedAt is null ? "started" : "completed", progress.TimeSpentSeconds, progress.PositionSeconds, progress.QuizBestScore, progress.CompletedAt);

    /// <summary>Where a learner who has not opened anything yet starts: the first lesson of the first module.</summary>
    private static Task<Guid?> FirstUnfinishedAsync(CoursesDbContext database, Enrollment enrollment, CancellationToken cancellationToken) =>
        database.Lessons.Where(l => l.CourseId == enrollment.CourseId)
            .Join(database.Modules, l => l.ModuleId, m => m.Id, (l, m) => new { l.Id, ModulePosition = m.Position, l.Position })
            .Where(l => !database.LessonProgress.Any(p => p.EnrollmentId == enrollment.Id && p.LessonId == l.Id && p.CompletedAt != null))
            .OrderBy(l => l.ModulePosition).ThenBy(l => l.Position)
            .Select(l => (Guid?)l.Id).FirstOrDefaultAsync(cancellationToken);
}
