using System.Security.Claims;
using HarAcademy.Courses.Authoring;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Extensions;
using HarAcademy.Courses.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Statistics;

/// <summary>Learning statistics: one course's for its instructor (and admins), the whole platform's for admins.</summary>
public static class StatisticsApi
{
    private const int Days = 90;

    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/courses/{id:guid}/stats", ForCourse).WithTags("Statistics");
        app.MapGet("/api/v1/courses/stats", ForPlatform).WithTags("Statistics");
        return app;
    }

    public static async Task<Results<Ok<CourseStats>, ProblemHttpResult>> ForCourse(
        Guid id, CoursesDbContext database, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await AuthoringApi.EditableAsync(database, id, user, cancellationToken) is (null, var problem))
        {
            return problem!;
        }

        var now = clock.GetUtcNow();
        var enrollments = database.Enrollments.AsNoTracking().Where(e => e.CourseId == id && e.Status != EnrollmentStatuses.Revoked);
        var byStatus = await enrollments.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(string status) => byStatus.FirstOrDefault(s => s.Key == status)?.Count ?? 0;
        var total = byStatus.Sum(s => s.Count);
        var current = enrollments.Where(e => e.Status == EnrollmentStatuses.Active || e.Status == EnrollmentStatuses.Completed);
        var active = await current.CountAsync(e => e.LastAccessedAt >= now.AddDays(-30), cancellationToken);
        var averageProgress = await current.AverageAsync(e => (decimal?)e.ProgressPercentage, cancellationToken) ?? 0;

        var lessons = await database.Lessons.AsNoTracking().Where(l => l.CourseId == id)
            .Join(database.Modules, l => l.ModuleId, m => m.Id, (l, m) => new { l.Id, l.Title, l.Type, l.Position, ModulePosition = m.Position, l.Quiz })
            .OrderBy(l => l.ModulePosition).ThenBy(l => l.Position).ToListAsync(cancellationToken);
        var lessonIds = lessons.Select(l => l.Id).ToList();
        var progress = await database.LessonProgress.AsNoTracking().Where(p => lessonIds.Contains(p.LessonId))
            .Join(enrollments, p => p.EnrollmentId, e => e.Id, (p, _) => p)
            .GroupBy(p => p.LessonId)
            .Select(g => new { LessonId = g.Key, Started = g.Count(), Completed = g.Count(p => p.CompletedAt != null) })
            .ToListAsync(cancellationToken);
        var funnel = lessons.Select(l =>
        {
            var counts = progress.FirstOrDefault(p => p.LessonId == l.Id);
            var completed = counts?.Completed ?? 0;
            return new LessonFunnel(l.Id, l.Title, l.Type, l.ModulePosition, l.Position, counts?.Started ?? 0, completed, Share(completed, total));
        }).ToList();

        var quizzes = new List<QuizScores>();
        foreach (var quiz in lessons.Where(l => l.Type == LessonTypes.Quiz))
        {
            var attempts = database.QuizAttempts.AsNoTracking().Where(a => a.LessonId == quiz.Id);
            var best = await attempts.GroupBy(a => a.LearnerId).Select(g => g.Max(a => a.Score)).ToListAsync(cancellationToken);
            var passing = quiz.Quiz?.PassingScore ?? 0;
            quizzes.Add(new QuizScores(quiz.Id, quiz.Title, await attempts.CountAsync(cancellationToken),
                best.Count == 0 ? 0 : Math.Round(best.Average(), 2), Share(best.Count(score => score >= passing), best.Count),
                [.. Enumerable.Range(0, 10).Select(bucket => new ScoreBucket(bucket * 10, bucket == 9 ? 100 : bucket * 10 + 9,
                    best.Count(score => Math.Min(9, (int)(score / 10)) == bucket)))]));
        }

        var course = await database.Courses.AsNoTracking().FirstAsync(c => c.Id == id, cancellationToken);
        var ratings = await database.Reviews.AsNoTracking().Where(r => r.CourseId == id).GroupBy(r => r.Rating)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return TypedResults.Ok(new CourseStats(id, total, Count(EnrollmentStatuses.Active) + Count(EnrollmentStatuses.Completed), active,
            Count(EnrollmentStatuses.Completed), Count(EnrollmentStatuses.Dropped), Share(Count(EnrollmentStatuses.Completed), total),
            Math.Round(averageProgress, 2), await OverTimeAsync(enrollments, now, cancellationToken), funnel, quizzes,
            new RatingStats(course.AverageRating, course.ReviewsCount,
                Enumerable.Range(1, 5).ToDictionary(star => star.ToString(), star => ratings.FirstOrDefault(r => r.Key == star)?.Count ?? 0))));
    }

    public static async Task<Results<Ok<PlatformStats>, ProblemHttpResult>> ForPlatform(
        CoursesDbContext database, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin())
        {
            return Problems.NotYours("Platform statistics are for admins.");
        }

        var now = clock.GetUtcNow();
        var courses = await database.Courses.AsNoTracking().GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var enrollments = database.Enrollments.AsNoTracking().Where(e => e.Status != EnrollmentStatuses.Revoked);
        var total = await enrollments.CountAsync(cancellationToken);
        var completions = await enrollments.CountAsync(e => e.Status == EnrollmentStatuses.Completed, cancellationToken);
        var top = await database.Courses.AsNoTracking().Where(c => c.Status == CourseStatuses.Published)
            .OrderByDescending(c => c.EnrollmentsCount).ThenByDescending(c => c.AverageRating).Take(10)
            .Select(c => new CourseRank(c.Id, c.Title, c.EnrollmentsCount, c.AverageRating)).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PlatformStats(
            courses.ToDictionary(c => c.Key, c => c.Count),
            total,
            await enrollments.Select(e => e.LearnerId).Distinct().CountAsync(cancellationToken),
            await enrollments.Where(e => e.LastAccessedAt >= now.AddDays(-30)).Select(e => e.LearnerId).Distinct().CountAsync(cancellationToken),
            completions,
            await database.Certificates.CountAsync(c => c.RevokedAt == null, cancellationToken),
            Share(completions, total),
            await OverTimeAsync(enrollments, now, cancellationToken),
            top));
    }

    /// <summary>Enrollments per day over the last 90 days, days without any included (a chart needs every day).</summary>
    private static async Task<List<DailyCount>> OverTimeAsync(IQueryable<Enrollment> enrollments, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now.UtcDateTime.Date.AddDays(-(Days - 1));
        var sinceOffset = new DateTimeOffset(since, TimeSpan.Zero);
        var dates = await enrollments.Where(e => e.EnrolledAt >= sinceOffset).Select(e => e.EnrolledAt).ToListAsync(cancellationToken);
        var perDay = dates.GroupBy(date => DateOnly.FromDateTime(date.UtcDateTime)).ToDictionary(g => g.Key, g => g.Count());
        return [.. Enumerable.Range(0, Days).Select(offset => DateOnly.FromDateTime(since.AddDays(offset)))
            .Select(day => new DailyCount(day, perDay.GetValueOrDefault(day)))];
    }

    private static decimal Share(int part, int whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 2);
}
