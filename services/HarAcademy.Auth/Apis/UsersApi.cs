using HarAcademy.Auth.Data;
using HarAcademy.Auth.Extensions;
using HarAcademy.Auth.Model;
using HarAcademy.Auth.Security;
using HarAcademy.Auth.Tokens;
using HarAcademy.Contracts.Users;
using HarAcademy.EventBus.Outbox;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Auth.Apis;

/// <summary>The signed-in user's own account: profile, password, instructor application, deletion.</summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/v1/users/me").WithTags("Users").RequireAuthorization();
        me.MapGet("/", GetMe);
        me.MapPatch("/", UpdateMe);
        me.MapDelete("/", DeleteMe);
        me.MapPost("/password", ChangePassword);
        me.MapPost("/instructor-application", ApplyAsInstructor);
        return me;
    }

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetMe(AuthDbContext database, HttpContext context, CancellationToken cancellationToken) =>
        await FindActiveAsync(database, context, cancellationToken) is { } user
            ? TypedResults.Ok(UserResponse.From(user))
            : NotActive();

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> UpdateMe(
        UpdateProfileRequest request, AuthDbContext database, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (await FindActiveAsync(database, context, cancellationToken) is not { } user)
        {
            return NotActive();
        }

        user.FirstName = request.FirstName?.Trim() ?? user.FirstName;
        user.LastName = request.LastName?.Trim() ?? user.LastName;
        user.AvatarUrl = request.AvatarUrl ?? user.AvatarUrl;
        user.Language = request.Language ?? user.Language;
        if (request.NotificationSettings is { } settings)
        {
            // A new object, so EF sees the JSON column change.
            user.NotificationSettings = new NotificationSettings
            {
                EmailNotifications = settings.EmailNotifications ?? user.NotificationSettings.EmailNotifications,
                MarketingEmails = settings.MarketingEmails ?? user.NotificationSettings.MarketingEmails,
                Newsletter = settings.Newsletter ?? user.NotificationSettings.Newsletter,
            };
        }

        user.UpdatedAt = clock.GetUtcNow();
        database.AddEvent(new UserUpdated(user.Id, user.FirstName, user.LastName, user.AvatarUrl, user.Language));
        await database.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(UserResponse.From(user));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest request, AuthDbContext database, PasswordHasher hasher, PasswordPolicy policy, LoginThrottle throttle,
        RefreshTokenService refreshTokens, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (await FindActiveAsync(database, context, cancellationToken) is not { } user)
        {
            return NotActive();
        }

        if (await throttle.ReservePasswordCheckAsync(user.Id) is { } wait)
        {
            return Problems.TooManyAttempts(context.Response, wait);
        }

        if (!hasher.Verify(request.CurrentPassword, user.PasswordHash))
        {
            return Problems.Field("current_password", "The current password is incorrect.");
        }

        await throttle.PasswordCheckPassedAsync(user.Id);

        if (policy.Check(request.NewPassword, user.Email, user.FirstName, user.LastName) is { } weakness)
        {
            return Problems.Field("new_password", weakness);
        }

        user.PasswordHash = hasher.Hash(request.NewPassword);
        user.UpdatedAt = clock.GetUtcNow();
        await database.SaveChangesAsync(cancellationToken);
        // Every other session signed in with the old password ends now, and so does any reset link sent before.
        await refreshTokens.RevokeAllForUserAsync(user.Id, RevokeReasons.PasswordChanged, cancellationToken, keep: context.User.SessionId());
        await OneTimeTokens.RevokeOutstandingAsync(database, user.Id, TokenPurposes.PasswordReset, clock, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> ApplyAsInstructor(
        InstructorApplicationRequest request, AuthDbContext database, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (await FindActiveAsync(database, context, cancellationToken) is not { } user)
        {
            return NotActive();
        }

        if (user.Role != Roles.Learner)
        {
            return Problems.Conflict($"Only learners apply to teach; this account is already '{user.Role}'.");
        }

        if (request.ExpertiseTags.Any(tag => string.IsNullOrWhiteSpace(tag) || tag.Trim().Length > 40))
        {
            return Problems.Field("expertise_tags", "Each tag is between 1 and 40 characters.");
        }

        var tags = request.ExpertiseTags.Select(tag => tag.Trim().ToLowerInvariant()).Distinct().ToList();
        user.InstructorInfo = new InstructorInfo
        {
            Bio = request.Bio.Trim(),
            ExpertiseTags = tags,
            VerificationStatus = VerificationStatuses.Unverified,
            AppliedAt = clock.GetUtcNow(),
        };
        user.UpdatedAt = clock.GetUtcNow();
        await database.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(UserResponse.From(user));
    }

    /// <summary>Deletion keeps the row (so references stay valid) but erases every personal detail.</summary>
    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteMe(
        [FromBody] DeleteAccountRequest request, AuthDbContext database, PasswordHasher hasher, LoginThrottle throttle,
        RefreshTokenService refreshTokens, RefreshCookie cookie, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (await FindActiveAsync(database, context, cancellationToken) is not { } user)
        {
            return NotActive();
        }

        if (await throttle.ReservePasswordCheckAsync(user.Id) is { } wait)
        {
            return Problems.TooManyAttempts(context.Response, wait);
        }

        if (!hasher.Verify(request.Password, user.PasswordHash))
        {
            return Problems.Field("password", "The password is incorrect.");
        }

        user.Email = $"deleted-{user.Id:N}@deleted.invalid";
        user.FirstName = "Deleted";
        user.LastName = "User";
        user.AvatarUrl = null;
        user.PasswordHash = "!deleted";
        user.InstructorInfo = null;
        user.NotificationSettings = new NotificationSettings { EmailNotifications = false };
        user.Status = UserStatuses.Deleted;
        user.UpdatedAt = clock.GetUtcNow();
        await database.OneTimeTokens.Where(token => token.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        database.AddEvent(new UserDeleted(user.Id));
        await database.SaveChangesAsync(cancellationToken);
        await refreshTokens.RevokeAllForUserAsync(user.Id, RevokeReasons.AccountDisabled, cancellationToken);
        cookie.Clear(context.Response);
        return TypedResults.NoContent();
    }

    /// <summary>The caller's account, if it is still active (an access token outlives a suspension by at most 15 minutes; here it stops at once).</summary>
    internal static Task<User?> FindActiveAsync(AuthDbContext database, HttpContext context, CancellationToken cancellationToken)
    {
        var id = context.User.UserId();
        return database.Users.SingleOrDefaultAsync(user => user.Id == id && user.Status == UserStatuses.Active, cancellationToken);
    }

    private static ProblemHttpResult NotActive() =>
        TypedResults.Problem("This account is suspended or deleted.", statusCode: StatusCodes.Status403Forbidden, title: "Account not active");
}
