using HarAcademy.Contracts.Users;
using HarAcademy.Courses.Catalog;
using HarAcademy.Courses.Data;
using HarAcademy.EventBus.Consumers;
using HarAcademy.EventBus.Inbox;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Events;

/// <summary>
/// Keeps the names this service shows in step with auth (instructors on their courses, reviewers), and erases a deleted
/// user's name everywhere it was copied. Applied exactly once, in the same transaction as the inbox record.
/// </summary>
public sealed class UserEventsHandler(CoursesDbContext database, People people, CatalogCache cache, AfterCommit afterCommit, TimeProvider clock, ILogger<UserEventsHandler> logger) :
    IIntegrationEventHandler<UserRegistered>,
    IIntegrationEventHandler<UserUpdated>,
    IIntegrationEventHandler<UserRoleChanged>,
    IIntegrationEventHandler<UserDeleted>
{
    /// <summary>What a deleted user's name becomes on reviews and certificates.</summary>
    public const string DeletedName = "Utilisateur supprimé";

    public Task HandleAsync(UserRegistered registered, CancellationToken cancellationToken) =>
        UpsertAsync(registered.UserId, $"{registered.FirstName} {registered.LastName}".Trim(), registered.Role, cancellationToken);

    public Task HandleAsync(UserUpdated updated, CancellationToken cancellationToken) =>
        UpsertAsync(updated.UserId, $"{updated.FirstName} {updated.LastName}".Trim(), role: null, cancellationToken);

    public Task HandleAsync(UserRoleChanged changed, CancellationToken cancellationToken) =>
        UpsertAsync(changed.UserId, name: null, changed.NewRole, cancellationToken);

    public async Task HandleAsync(UserDeleted deleted, CancellationToken cancellationToken)
    {
        var id = deleted.UserId;
        await UpsertAsync(id, DeletedName, role: null, cancellationToken);
        await database.Reviews.Where(r => r.LearnerId == id).ExecuteUpdateAsync(set => set.SetProperty(r => r.LearnerName, DeletedName), cancellationToken);
        // A certificate names a person: with the person gone it no longer vouches for anyone.
        var now = clock.GetUtcNow();
        await database.Certificates.Where(c => c.LearnerId == id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LearnerName, DeletedName).SetProperty(c => c.RevokedAt, c => c.RevokedAt ?? now), cancellationToken);
        logger.LogInformation("Anonymized user {UserId} in courses", id);
    }

    private async Task UpsertAsync(Guid id, string? name, string? role, CancellationToken cancellationToken)
    {
        await people.UpsertAsync(id, name, role, cancellationToken);
        if (name is null)
        {
            return;
        }

        // The catalog shows instructors' names without a join: their courses take the new one (and drop from the cache).
        var courses = await database.Courses.Where(c => c.InstructorId == id && c.InstructorName != name).Select(c => c.Id).ToListAsync(cancellationToken);
        if (courses.Count > 0)
        {
            await database.Courses.Where(c => courses.Contains(c.Id)).ExecuteUpdateAsync(set => set.SetProperty(c => c.InstructorName, name), cancellationToken);
            foreach (var course in courses)
            {
                // After the commit: dropped earlier, a page read in between would be cached again with the old name.
                afterCommit.Add(() => cache.InvalidateAsync(course));
            }
        }
    }
}
