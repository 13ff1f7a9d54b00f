using System.Security.Claims;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Extensions;
using HarAcademy.Courses.Model;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses;

/// <summary>
/// The names this service shows (instructors on course pages, learners on reviews and certificates). The access token
/// carries the caller's name; auth's events keep it current for everyone else (<see cref="Events.UserEventsHandler"/>).
/// </summary>
public sealed class People(CoursesDbContext database, TimeProvider clock)
{
    /// <summary>The caller's display name, remembered for when they are not the caller; "" when unknown.</summary>
    public async Task<string> RememberCallerAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var name = user.DisplayName();
        await UpsertAsync(user.UserId(), name.Length > 0 ? name : null, user.FindFirst("role")?.Value, cancellationToken);
        return name.Length > 0 ? name : await NameOfAsync(user.UserId(), cancellationToken);
    }

    /// <summary>
    /// Creates or updates one person in a single statement: a request and an event about the same new user may arrive at
    /// once, and both must land (a read-then-insert would make one of them fail on the key). Null keeps what is stored.
    /// </summary>
    public Task UpsertAsync(Guid id, string? name, string? role, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return database.Database.ExecuteSqlAsync($"""
            INSERT INTO people (id, display_name, role, updated_at)
            VALUES ({id}, {name ?? ""}, {role ?? Roles.Learner}, {now})
            ON CONFLICT (id) DO UPDATE SET
                display_name = CASE WHEN CAST({name} AS text) IS NULL THEN people.display_name ELSE excluded.display_name END,
                role = CASE WHEN CAST({role} AS text) IS NULL THEN people.role ELSE excluded.role END,
                updated_at = excluded.updated_at
            """, cancellationToken);
    }

    public async Task<string> NameOfAsync(Guid id, CancellationToken cancellationToken) =>
        await database.People.Where(person => person.Id == id).Select(person => person.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? "";
}
