using HarAcademy.Auth.Data;
using HarAcademy.Auth.Model;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Auth.Security;

/// <summary>
/// The caller is an admin now, by the database: an access token says what the caller was when it was issued (up to 15
/// minutes ago), and an admin suspended or demoted since must not keep acting as one with it.
/// </summary>
public sealed class CurrentAdminRequirement : IAuthorizationRequirement;

public sealed class CurrentAdminHandler(AuthDbContext database) : AuthorizationHandler<CurrentAdminRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CurrentAdminRequirement requirement)
    {
        var userId = context.User.UserId();
        if (await database.Users.AnyAsync(user => user.Id == userId && user.Role == Roles.Admin && user.Status == UserStatuses.Active))
        {
            context.Succeed(requirement);
        }
    }
}
