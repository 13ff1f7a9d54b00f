using HarAcademy.Auth.Data;
using HarAcademy.Auth.Extensions;
using HarAcademy.Auth.Model;
using HarAcademy.Auth.Tokens;
using HarAcademy.Contracts.Notifications;
using HarAcademy.Contracts.Users;
using HarAcademy.EventBus.Outbox;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Auth.Apis;

/// <summary>Administration of accounts: search, role and status changes, instructor verification.</summary>
public static class AdminUsersApi
{
    public const string AdminPolicy = "admin";

    /// <summary>Far beyond any real listing, and (page - 1) x page_size stays far inside a 32-bit offset.</summary>
    private const int MaxPage = 10_000;

    public static RouteGroupBuilder MapAdminUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v1/users").WithTags("Admin").RequireAuthorization(AdminPolicy);
        users.MapGet("/", Search);
        users.MapGet("/{id:guid}", GetById);
        users.MapPatch("/{id:guid}", Update);
        return users;
    }

    public static async Task<Results<Ok<UserPage>, ValidationProblem>> Search(
        AuthDbContext database, CancellationToken cancellationToken,
        string? search = null, string? role = null, string? status = null, int page = 1, [FromQuery(Name = "page_size")] int pageSize = 20)
    {
        if (role is not null && !Roles.All.Contains(role))
        {
            return Problems.Field("role", $"Unknown role; use one of {string.Join(", ", Roles.All)}.");
        }

        if (status is not null && !UserStatuses.All.Contains(status))
        {
            return Problems.Field("status", $"Unknown status; use one of {string.Join(", ", UserStatuses.All)}.");
        }

        if (page is < 1 or > MaxPage || pageSize is < 1 or > 100 || search?.Length > 100)
        {
            return Problems.Field(page is < 1 or > MaxPage ? "page" : search?.Length > 100 ? "search" : "page_size",
                $"page is between 1 and {MaxPage}, page_size between 1 and 100, search has at most 100 characters.");
        }

        var query = database.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            // ILIKE with the user's text as a parameter; % and _ in it are escaped so they match literally.
            var pattern = "%" + search.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(user => EF.Functions.ILike(user.Email, pattern) || EF.Functions.ILike(user.FirstName, pattern) || EF.Functions.ILike(user.LastName, pattern));
        }

        query = role is null ? query : query.Where(user => user.Role == role);
        query = status is null ? query : query.Where(user => user.Status == status);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(user => user.Email).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new UserPage(items.Select(UserResponse.From).ToArray(), total, page, pageSize));
    }

    public static async Task<Results<Ok<UserResponse>, NotFound>> GetById(Guid id, AuthDbContext database, CancellationToken cancellationToken) =>
        await database.Users.AsNoTracking().SingleOrDefaultAsync(user => user.Id == id, cancellationToken) is { } user
            ? TypedResults.Ok(UserResponse.From(user))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<UserResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, AdminUserUpdate request, AuthDbContext database, RefreshTokenService refreshTokens, TimeProvider clock,
        HttpContext context, CancellationToken cancellationToken)
    {
        var user = await database.Users.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        if (user.Status == UserStatuses.Deleted)
        {
            return Problems.Conflict("A deleted account cannot be changed.");
        }

        if (user.Id == context.User.UserId() && (request.Role is not null && request.Role != user.Role || request.Status is not null && request.Status != user.Status))
        {
            return Problems.Conflict("Nobody changes their own role or status; ask another admin.");
        }

        var oldRole = user.Role;
        var newRole = request.Role ?? oldRole;
        if (request.InstructorVerification is { } verification)
        {
            if (user.InstructorInfo is null)
            {
                return Problems.Field("instructor_verification", "This user has not applied to teach.");
            }

            user.InstructorInfo = CopyWith(user.InstructorInfo, verification);
            if (verification == VerificationStatuses.Verified && request.Role is null && oldRole == Roles.Learner)
            {
                newRole = Roles.Instructor;
            }
        }

        var oldStatus = user.Status;
        user.Status = request.Status ?? user.Status;
        user.Role = newRole;
        user.UpdatedAt = clock.GetUtcNow();
        if (request.InstructorVerification is VerificationStatuses.Verified or VerificationStatuses.Rejected)
        {
            var approved = request.InstructorVerification == VerificationStatuses.Verified;
            database.AddEvent(new UserNotification(user.Id, "instructor_application",
                user.Language == "en"
                    ? approved ? "Your instructor application is approved" : "Your instructor application was not accepted"
                    : approved ? "Votre candidature d'instructeur est acceptée" : "Votre candidature d'instructeur n'a pas été retenue",
                user.Language == "en"
                    ? approved ? "You can now create and publish courses." : "You can apply again with more details about your experience."
                    : approved ? "Vous pouvez maintenant créer et publier des cours." : "Vous pouvez postuler à nouveau en détaillant votre expérience.",
                // Pages of the web app: an approved instructor starts teaching; a refused one can apply again from the account.
                approved ? "/teach" : "/account"));
        }

        if (newRole != oldRole)
        {
            database.AddEvent(new UserRoleChanged(user.Id, oldRole, newRole));
        }

        if (user.Status != oldStatus)
        {
            database.AddEvent(new UserStatusChanged(user.Id, oldStatus, user.Status));
        }

        await database.SaveChangesAsync(cancellationToken);
        // Sessions carry the role they were opened with: a new role or a suspension ends them all.
        if (user.Status == UserStatuses.Suspended && oldStatus != UserStatuses.Suspended)
        {
            await refreshTokens.RevokeAllForUserAsync(user.Id, RevokeReasons.AccountDisabled, cancellationToken);
        }
        else if (newRole != oldRole)
        {
            await refreshTokens.RevokeAllForUserAsync(user.Id, RevokeReasons.RoleChanged, cancellationToken);
        }

        return TypedResults.Ok(UserResponse.From(user));
    }

    private static InstructorInfo CopyWith(InstructorInfo info, string verification) => new()
    {
        Bio = info.Bio,
        ExpertiseTags = [.. info.ExpertiseTags],
        TotalCourses = info.TotalCourses,
        Rating = info.Rating,
        AppliedAt = info.AppliedAt,
        VerificationStatus = verification,
    };
}
