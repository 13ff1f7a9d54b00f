using HarAcademy.Auth.Data;
using HarAcademy.Auth.Email;
using HarAcademy.Auth.Extensions;
using HarAcademy.Auth.Model;
using HarAcademy.Auth.Security;
using HarAcademy.Auth.Tokens;
using HarAcademy.Contracts.Notifications;
using HarAcademy.Contracts.Users;
using HarAcademy.EventBus.Outbox;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HarAcademy.Auth.Apis;

/// <summary>Sign-up, sign-in, token refresh, sign-out, password reset and email verification.</summary>
public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Auth");
        group.MapPost("/register", Register).AllowAnonymous();
        group.MapPost("/login", Login).AllowAnonymous();
        group.MapPost("/refresh", Refresh).AllowAnonymous();
        group.MapPost("/logout", Logout).AllowAnonymous();
        group.MapPost("/logout-all", LogoutAll).RequireAuthorization();
        group.MapPost("/password-reset", RequestPasswordReset).AllowAnonymous();
        group.MapPost("/password-reset/confirm", ConfirmPasswordReset).AllowAnonymous();
        group.MapPost("/verify-email", VerifyEmail).AllowAnonymous();
        group.MapPost("/verify-email/resend", ResendVerification).RequireAuthorization();
        return group;
    }

    public static async Task<Results<Created<TokenResponse>, ValidationProblem, ProblemHttpResult>> Register(
        RegisterRequest request, AuthDbContext database, PasswordHasher hasher, PasswordPolicy policy, AccountEmails emails,
        SessionIssuer sessions, DeviceCookie devices, LoginThrottle throttle, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var response = context.Response;
        if (await throttle.RegistrationBlockedForAsync(context.ClientIp()) is { } wait)
        {
            return Problems.TooManyAttempts(response, wait);
        }

        var email = EmailAddresses.Normalize(request.Email)!; // [StrictEmail] made sure it has one
        if (policy.Check(request.Password, email, request.FirstName, request.LastName) is { } weakness)
        {
            return Problems.Field("password", weakness);
        }

        if (await database.Users.AnyAsync(user => user.Email == email, cancellationToken))
        {
            return Problems.Conflict("An account with this email already exists.");
        }

        var now = clock.GetUtcNow();
        var user = new User
        {
            Email = email,
            PasswordHash = hasher.Hash(request.Password),
            FirstName = request.FirstName.Trim(),
            LastName = request.LastName.Trim(),
            Language = request.Language ?? "fr",
            CreatedAt = now,
            UpdatedAt = now,
            LastLoginAt = now,
        };
        database.Users.Add(user);
        emails.QueueVerification(user);
        database.AddEvent(new UserRegistered(user.Id, user.Email, user.FirstName, user.LastName, user.Role, user.Language));
        database.AddEvent(new UserNotification(user.Id, "welcome",
            user.Language == "en" ? $"Welcome to Har Academy, {user.FirstName}!" : $"Bienvenue sur Har Academy, {user.FirstName} !",
            user.Language == "en" ? "Confirm your email address, then pick your first course." : "Confirmez votre adresse e-mail, puis choisissez votre premier cours.",
            "/courses"));
        try
        {
            await database.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two sign-ups with the same email at once: the unique index decides.
            return Problems.Conflict("An account with this email already exists.");
        }

        var tokens = await sessions.StartAsync(user, response, cancellationToken);
        await devices.RememberAsync(response, user.Id, user.Email, knownDevice: null, cancellationToken); // the browser that signed up is the owner's
        return TypedResults.Created("/api/v1/users/me", tokens);
    }

    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> Login(
        LoginRequest request, AuthDbContext database, PasswordHasher hasher, LoginThrottle throttle, DeviceCookie devices, SessionIssuer sessions,
        TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        // An address that cannot be normalized belongs to nobody: it is counted and answered like an unknown one.
        var email = EmailAddresses.LookupForm(request.Email);
        // Counted before the password is checked (per known device, or per address for anyone else): a failure keeps
        // the count, a success gives it back.
        var device = await devices.RecognizeAsync(context.Request, email, cancellationToken);
        if (await throttle.ReserveLoginAsync(email, context.ClientIp(), device) is { } wait)
        {
            return Problems.TooManyAttempts(context.Response, wait);
        }

        var user = await database.Users.SingleOrDefaultAsync(candidate => candidate.Email == email, cancellationToken);
        if (user is null || user.Status == UserStatuses.Deleted)
        {
            hasher.VerifyDecoy(request.Password);
            return Problems.InvalidCredentials();
        }

        if (!hasher.Verify(request.Password, user.PasswordHash))
        {
            return Problems.InvalidCredentials();
        }

        await throttle.LoginSucceededAsync(email, context.ClientIp(), device);
        if (user.Status == UserStatuses.Suspended)
        {
            return Problems.AccountSuspended();
        }

        user.LastLoginAt = clock.GetUtcNow();
        await database.SaveChangesAsync(cancellationToken);
        await devices.RememberAsync(context.Response, user.Id, user.Email, device, cancellationToken);
        return TypedResults.Ok(await sessions.StartAsync(user, context.Response, cancellationToken));
    }

    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> Refresh(
        RefreshTokenService refreshTokens, SessionIssuer sessions, RefreshCookie cookie, HttpContext context, CancellationToken cancellationToken)
    {
        if (RefreshCookie.Read(context.Request) is not { } presented)
        {
            return Problems.InvalidRefreshToken("No refresh token was sent; sign in again.");
        }

        var result = await refreshTokens.RotateAsync(presented, cancellationToken);
        if (result is { Outcome: RefreshOutcome.Rotated, User: { } user, Next: { } next })
        {
            return TypedResults.Ok(await sessions.RespondAsync(user, next, context.Response, cancellationToken));
        }

        cookie.Clear(context.Response);
        return result.Outcome switch
        {
            RefreshOutcome.Reused => Problems.InvalidRefreshToken("This refresh token was already used; every session of this sign-in has been closed for safety. Sign in again."),
            RefreshOutcome.Expired => Problems.InvalidRefreshToken("The session has expired; sign in again."),
            RefreshOutcome.AccountDisabled => Problems.InvalidRefreshToken("This account can no longer sign in."),
            _ => Problems.InvalidRefreshToken("The refresh token is not valid; sign in again."),
        };
    }

    public static async Task<NoContent> Logout(RefreshTokenService refreshTokens, RefreshCookie cookie, HttpContext context, CancellationToken cancellationToken)
    {
        if (RefreshCookie.Read(context.Request) is { } presented)
        {
            await refreshTokens.RevokeFamilyOfAsync(presented, RevokeReasons.Logout, cancellationToken);
        }

        cookie.Clear(context.Response);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> LogoutAll(RefreshTokenService refreshTokens, RefreshCookie cookie, HttpContext context, CancellationToken cancellationToken)
    {
        await refreshTokens.RevokeAllForUserAsync(context.User.UserId(), RevokeReasons.LogoutAll, cancellationToken);
        cookie.Clear(context.Response);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Accepted, ProblemHttpResult>> RequestPasswordReset(
        PasswordResetRequest request, AuthDbContext database, LoginThrottle throttle, DeviceCookie devices, AccountEmails emails,
        HttpContext context, CancellationToken cancellationToken)
    {
        var email = EmailAddresses.LookupForm(request.Email);
        var device = await devices.RecognizeAsync(context.Request, email, cancellationToken);
        if (await throttle.ResetBlockedForAsync(email, context.ClientIp(), device) is { } wait)
        {
            return Problems.TooManyAttempts(context.Response, wait);
        }

        // The answer is the same whether or not the account exists.
        var user = await database.Users.SingleOrDefaultAsync(candidate => candidate.Email == email && candidate.Status == UserStatuses.Active, cancellationToken);
        if (user is not null)
        {
            emails.QueuePasswordReset(user);
            await database.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Accepted((string?)null);
    }

    public static async Task<Results<NoContent, ValidationProblem>> ConfirmPasswordReset(
        PasswordResetConfirmRequest request, AuthDbContext database, PasswordHasher hasher, PasswordPolicy policy,
        RefreshTokenService refreshTokens, LoginThrottle throttle, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        const string invalid = "This reset link is invalid, was already used or has expired; ask for a new one.";
        var (token, user) = await OneTimeTokens.FindAsync(database, request.Token, TokenPurposes.PasswordReset, clock, cancellationToken);
        if (token is null || user is null || !user.IsActive)
        {
            return Problems.Field("token", invalid);
        }

        if (policy.Check(request.NewPassword, user.Email, user.FirstName, user.LastName) is { } weakness)
        {
            return Problems.Field("new_password", weakness);
        }

        // Spent before anything changes: of parallel confirmations of one link, one sets the password.
        if (!await OneTimeTokens.SpendAsync(database, token, clock, cancellationToken))
        {
            return Problems.Field("token", invalid);
        }

        await OneTimeTokens.RevokeOutstandingAsync(database, user.Id, TokenPurposes.PasswordReset, clock, cancellationToken);
        user.PasswordHash = hasher.Hash(request.NewPassword);
        user.UpdatedAt = clock.GetUtcNow();
        await database.SaveChangesAsync(cancellationToken);
        await refreshTokens.RevokeAllForUserAsync(user.Id, RevokeReasons.PasswordChanged, cancellationToken);
        await throttle.ClearAccountAsync(user.Email, context.ClientIp()); // the owner proved themselves: their lockout ends
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ValidationProblem>> VerifyEmail(
        VerifyEmailRequest request, AuthDbContext database, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (token, user) = await OneTimeTokens.FindAsync(database, request.Token, TokenPurposes.VerifyEmail, clock, cancellationToken);
        if (token is null || user is null || !await OneTimeTokens.SpendAsync(database, token, clock, cancellationToken))
        {
            return Problems.Field("token", "This verification link is invalid or has expired.");
        }

        user.EmailVerifiedAt ??= clock.GetUtcNow();
        await database.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Accepted, NoContent, NotFound, ProblemHttpResult>> ResendVerification(
        AuthDbContext database, AccountEmails emails, LoginThrottle throttle, HttpContext context, CancellationToken cancellationToken)
    {
        var userId = context.User.UserId();
        var user = await database.Users.SingleOrDefaultAsync(candidate => candidate.Id == userId && candidate.Status == UserStatuses.Active, cancellationToken);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        if (user.EmailVerifiedAt is not null)
        {
            return TypedResults.NoContent();
        }

        if (await throttle.VerificationResendBlockedForAsync(user.Id) is { } wait)
        {
            return Problems.TooManyAttempts(context.Response, wait);
        }

        emails.QueueVerification(user);
        await database.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null);
    }
}
