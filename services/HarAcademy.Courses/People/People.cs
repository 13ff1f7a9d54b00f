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
        var id = user.UserId();
        var name = user.DisplayName();
        var person = await database.People.FindAsync([id], cancellationToken);
        if (person is null)
        {
            database.People.Add(new Person { Id = id, DisplayName = name, Role = user.FindFirst("role")?.Value ?? Roles.Learner, UpdatedAt = clock.GetUtcNow() });
        }
        else if (name.Length > 0 && person.DisplayName != name)
        {
            person.DisplayName = name;
            person.UpdatedAt = clock.GetUtcNow();
        }

        return name.Length > 0 ? name : person?.DisplayName ?? "";
    }

    public async Task<string> NameOfAsync(Guid id, CancellationToken cancellationToken) =>
        await database.People.Where(person => person.Id == id).Select(person => person.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? "";
}
