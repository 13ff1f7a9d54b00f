using HarAcademy.Contracts.Courses;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Model;
using HarAcademy.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Learning;

/// <summary>
/// Gives and takes access to courses: free enrollment, a purchase (payments' events), dropping, a refund. Runs inside
/// the caller's transaction, under the course's row lock: two simultaneous enrollments of one learner meet at the lock
/// and the second finds the first's (one enrollment per pair, also a unique index); the course's enrollment count is
/// recounted, never incremented, so it stays exact. The caller invalidates the cache after its commit.
/// </summary>
public sealed class EnrollmentGrants(CoursesDbContext database, TimeProvider clock)
{
    /// <summary>(enrollment, true when it was created or reactivated).</summary>
    public async Task<(Enrollment Enrollment, bool Changed)> GrantAsync(Guid courseId, Guid learnerId, string source, Guid? paymentId, CancellationToken cancellationToken)
    {
        await database.LockCourseAsync(courseId, cancellationToken);
        var enrollment = await database.Enrollments.FirstOrDefaultAsync(e => e.CourseId == courseId && e.LearnerId == learnerId, cancellationToken);
        if (enrollment?.Opens() == true)
        {
            // Already in: a purchase after a free enrollment records what paid for it (its refund then revokes it).
            if (paymentId is not null && enrollment.PaymentId != paymentId)
            {
                enrollment.PaymentId = paymentId;
                enrollment.Source = source;
                await database.SaveChangesAsync(cancellationToken);
            }

            return (enrollment, false);
        }

        if (enrollment is null)
        {
            enrollment = new Enrollment { CourseId = courseId, LearnerId = learnerId, EnrolledAt = clock.GetUtcNow() };
            database.Enrollments.Add(enrollment);
        }

        // Back after dropping (or after a refund, through a new purchase): progress kept, completion as it was.
        enrollment.Status = enrollment.CompletedAt is null ? EnrollmentStatuses.Active : EnrollmentStatuses.Completed;
        enrollment.Source = source;
        enrollment.PaymentId = paymentId;
        enrollment.EndedAt = null;
        database.AddEvent(new CourseEnrolled(enrollment.Id, courseId, learnerId, source));
        await database.SaveChangesAsync(cancellationToken);
        if (enrollment.Status == EnrollmentStatuses.Completed)
        {
            var id = enrollment.Id;
            await database.Certificates.Where(c => c.EnrollmentId == id && c.RevokedAt != null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.RevokedAt, (DateTimeOffset?)null), cancellationToken);
        }

        await RecountAsync(courseId, cancellationToken);
        return (enrollment, true);
    }

    /// <summary>Ends an enrollment: dropped by the learner (progress kept), or revoked (a refund: the certificate goes too).</summary>
    public async Task EndAsync(Enrollment enrollment, string status, CancellationToken cancellationToken)
    {
        await database.LockCourseAsync(enrollment.CourseId, cancellationToken);
        enrollment.Status = status;
        enrollment.EndedAt = clock.GetUtcNow();
        if (status == EnrollmentStatuses.Revoked)
        {
            var id = enrollment.Id;
            var at = enrollment.EndedAt;
            await database.Certificates.Where(c => c.EnrollmentId == id && c.RevokedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.RevokedAt, at), cancellationToken);
        }

        database.AddEvent(new EnrollmentEnded(enrollment.Id, enrollment.CourseId, enrollment.LearnerId, status));
        await database.SaveChangesAsync(cancellationToken);
        await RecountAsync(enrollment.CourseId, cancellationToken);
    }

    private Task RecountAsync(Guid courseId, CancellationToken cancellationToken) =>
        database.Database.ExecuteSqlAsync($"""
            UPDATE courses SET enrollments_count =
                (SELECT count(*) FROM enrollments WHERE course_id = {courseId} AND status IN ('active', 'completed'))
            WHERE id = {courseId}
            """, cancellationToken);
}
