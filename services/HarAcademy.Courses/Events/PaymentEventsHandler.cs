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
/// Paid access: a succeeded payment enrolls the buyer; its refund revokes the enrollment it granted (and the
/// certificate), not an enrollment obtained otherwise. Applied exactly once, with the inbox record.
/// </summary>
public sealed class PaymentEventsHandler(CoursesDbContext database, EnrollmentGrants grants, CatalogCache cache, AfterCommit afterCommit, ILogger<PaymentEventsHandler> logger) :
    IIntegrationEventHandler<PaymentSucceeded>,
    IIntegrationEventHandler<PaymentRefunded>
{
    public async Task HandleAsync(PaymentSucceeded payment, CancellationToken cancellationToken)
    {
        if (!await database.Courses.AnyAsync(c => c.Id == payment.CourseId, cancellationToken))
        {
            // Nothing to grant; payments will see no CourseEnrolled and can refund.
            logger.LogWarning("Payment {PaymentId} is for unknown course {CourseId}", payment.PaymentId, payment.CourseId);
            return;
        }

        await grants.GrantAsync(payment.CourseId, payment.UserId, EnrollmentSources.Purchase, payment.PaymentId, cancellationToken);
        afterCommit.Add(() => cache.InvalidateAsync(payment.CourseId));
    }

    public async Task HandleAsync(PaymentRefunded refund, CancellationToken cancellationToken)
    {
        var enrollment = await database.Enrollments.FirstOrDefaultAsync(e =>
            e.CourseId == refund.CourseId && e.LearnerId == refund.UserId && e.PaymentId == refund.PaymentId, cancellationToken);
        if (enrollment is null || enrollment.Status == EnrollmentStatuses.Revoked)
        {
            return;
        }

        await grants.EndAsync(enrollment, EnrollmentStatuses.Revoked, cancellationToken);
        afterCommit.Add(() => cache.InvalidateAsync(refund.CourseId));
    }
}
