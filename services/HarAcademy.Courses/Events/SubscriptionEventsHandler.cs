using HarAcademy.Contracts.Payments;
using HarAcademy.Courses.Catalog;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Learning;
using HarAcademy.Courses.Model;
using HarAcademy.EventBus.Consumers;
using HarAcademy.EventBus.Inbox;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Events;

/// <summary>
/// Subscriptions: records what the learner's plan opens (enrollment checks it), and closes the enrollments it opened
/// that the plan no longer covers (ended, paused, or a downgrade): dropped, so progress and certificates stay. Applied
/// exactly once, newest change wins.
/// </summary>
public sealed class SubscriptionEventsHandler(CoursesDbContext database, EnrollmentGrants grants, CatalogCache cache, AfterCommit afterCommit, TimeProvider clock) :
    IIntegrationEventHandler<SubscriptionChanged>
{
    public async Task HandleAsync(SubscriptionChanged changed, CancellationToken cancellationToken)
    {
        var access = await database.SubscriptionAccess.FirstOrDefaultAsync(a => a.UserId == changed.UserId, cancellationToken);
        if (access is null)
        {
            access = new SubscriptionAccess { UserId = changed.UserId };
            database.SubscriptionAccess.Add(access);
        }
        else if (changed.Version < access.Version)
        {
            return; // an older change than the one applied
        }

        access.SubscriptionId = changed.SubscriptionId;
        access.Plan = changed.Plan;
        access.Grants = changed.Grants;
        access.Status = changed.Status;
        access.RenewalDate = changed.RenewalDate;
        access.Version = changed.Version;
        access.UpdatedAt = clock.GetUtcNow();
        await database.SaveChangesAsync(cancellationToken);

        var opened = await database.Enrollments.Include(e => e.Course)
            .Where(e => e.LearnerId == changed.UserId && e.Source == EnrollmentSources.Subscription
                && (e.Status == EnrollmentStatuses.Active || e.Status == EnrollmentStatuses.Completed))
            .ToListAsync(cancellationToken);
        foreach (var enrollment in opened.Where(e => !access.Covers(e.Course!)))
        {
            await grants.EndAsync(enrollment, EnrollmentStatuses.Dropped, cancellationToken);
            var courseId = enrollment.CourseId;
            afterCommit.Add(() => cache.InvalidateAsync(courseId));
        }
    }
}
