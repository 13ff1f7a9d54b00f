using HarAcademy.Contracts.Courses;
using HarAcademy.Courses.Certificates;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Model;
using HarAcademy.EventBus.Outbox;
using HarAcademy.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Learning;

public sealed record ProgressChange(bool Complete, int? TimeSpentSeconds, int? PositionSeconds, decimal? QuizScore = null);

/// <summary>The enrollment (with its course) and the lesson's progress as saved; the number of a certificate this change issued.</summary>
public sealed record RecordedProgress(Enrollment Enrollment, LessonProgress Progress, string? NewCertificate);

/// <summary>
/// The one place progress changes. Under the enrollment's row lock, in one transaction: the lesson's progress is
/// merged (time spent only grows, completion is kept), then the completed lessons are counted from the progress rows
/// (never incremented), the percentage computed from that count and the course's current total, and the course
/// completed — with its certificate and events — the moment the count reaches the total. Concurrent updates of one
/// enrollment wait for each other, so none is lost and none counted twice.
/// </summary>
public sealed class ProgressRecorder(CoursesDbContext database, People people, TimeProvider clock)
{
    /// <param name="first">
    /// Runs first, under the lock, in the same transaction (a quiz attempt is recorded with the progress it earns, and
    /// counted against the limit while no other attempt of the learner can be); false cancels the whole change (null).
    /// </param>
    public async Task<RecordedProgress?> RecordAsync(
        Guid enrollmentId, Lesson lesson, ProgressChange change, CancellationToken cancellationToken, Func<CancellationToken, Task<bool>>? first = null) =>
        await database.InTransactionAsync<RecordedProgress?>(async token =>
        {
            await database.LockEnrollmentAsync(enrollmentId, token);
            if (first is not null && !await first(token))
            {
                return null;
            }

            var enrollment = await database.Enrollments.Include(e => e.Course).FirstAsync(e => e.Id == enrollmentId, token);
            var now = clock.GetUtcNow();
            var progress = await database.LessonProgress.FirstOrDefaultAsync(p => p.EnrollmentId == enrollmentId && p.LessonId == lesson.Id, token);
            if (progress is null)
            {
                progress = new LessonProgress { EnrollmentId = enrollmentId, LessonId = lesson.Id, StartedAt = now };
                database.LessonProgress.Add(progress);
            }

            progress.LastAccessedAt = now;
            progress.TimeSpentSeconds = Math.Max(progress.TimeSpentSeconds, change.TimeSpentSeconds ?? 0);
            progress.PositionSeconds = change.PositionSeconds ?? progress.PositionSeconds;
            if (change.QuizScore is { } score)
            {
                progress.QuizBestScore = Math.Max(progress.QuizBestScore ?? 0, score);
            }

            enrollment.LastLessonId = lesson.Id;
            enrollment.LastAccessedAt = now;
            string? certificate = null;
            if (change.Complete && progress.CompletedAt is null)
            {
                progress.CompletedAt = now;
                certificate = await RecountAsync(enrollment, lesson, now, token);
            }

            await database.SaveChangesAsync(token);
            return new RecordedProgress(enrollment, progress, certificate);
        }, cancellationToken);

    /// <summary>Counts the completed lessons (this one and the others' rows), and completes the course; returns a new certificate's number.</summary>
    private async Task<string?> RecountAsync(Enrollment enrollment, Lesson lesson, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var course = enrollment.Course!;
        var others = await database.LessonProgress
            .Where(p => p.EnrollmentId == enrollment.Id && p.CompletedAt != null && p.LessonId != lesson.Id)
            .Join(database.Lessons.Where(l => l.CourseId == course.Id), p => p.LessonId, l => l.Id, (p, _) => p)
            .CountAsync(cancellationToken);
        var completed = others + 1;
        enrollment.CompletedLessons = completed;
        enrollment.ProgressPercentage = course.TotalLessons == 0 ? 0 : Math.Min(100, Math.Round(100m * completed / course.TotalLessons, 2));
        database.AddEvent(new LessonCompleted(enrollment.Id, course.Id, lesson.Id, enrollment.LearnerId, enrollment.ProgressPercentage));
        if (completed < course.TotalLessons || enrollment.Status != EnrollmentStatuses.Active)
        {
            return null;
        }

        enrollment.Status = EnrollmentStatuses.Completed;
        enrollment.CompletedAt = now;
        var certificate = await IssueCertificateAsync(enrollment, course, now, cancellationToken);
        database.AddEvent(new CourseCompleted(enrollment.Id, course.Id, enrollment.LearnerId, certificate.Number));
        return certificate.Number;
    }

    private async Task<Certificate> IssueCertificateAsync(Enrollment enrollment, Course course, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await database.Certificates.FirstOrDefaultAsync(c => c.EnrollmentId == enrollment.Id, cancellationToken);
        if (existing is not null)
        {
            existing.RevokedAt = null; // completed again after a revocation was undone: the same number comes back
            return existing;
        }

        var certificate = new Certificate
        {
            Number = CertificateNumbers.New(now),
            EnrollmentId = enrollment.Id,
            CourseId = course.Id,
            LearnerId = enrollment.LearnerId,
            LearnerName = await people.NameOfAsync(enrollment.LearnerId, cancellationToken),
            CourseTitle = course.Title,
            InstructorName = course.InstructorName,
            IssuedAt = now,
        };
        database.Certificates.Add(certificate);
        return certificate;
    }
}
