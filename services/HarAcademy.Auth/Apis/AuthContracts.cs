using System.ComponentModel.DataAnnotations;
using HarAcademy.Auth.Model;
using HarAcademy.Auth.Security;

namespace HarAcademy.Auth.Apis;

public sealed record RegisterRequest(
    [property: Required, StrictEmail] string Email,
    [property: Required, StringLength(PasswordPolicy.MaximumLength)] string Password,
    [property: Required, StringLength(100, MinimumLength = 1), PersonName] string FirstName,
    [property: Required, StringLength(100, MinimumLength = 1), PersonName] string LastName,
    [property: AllowedValues("fr", "en", null)] string? Language = null);

public sealed record LoginRequest(
    [property: Required, StringLength(254)] string Email,
    [property: Required, StringLength(PasswordPolicy.MaximumLength)] string Password);

public sealed record PasswordResetRequest([property: Required, StringLength(254)] string Email);

public sealed record PasswordResetConfirmRequest(
    [property: Required, StringLength(100)] string Token,
    [property: Required, StringLength(PasswordPolicy.MaximumLength)] string NewPassword);

public sealed record VerifyEmailRequest([property: Required, StringLength(100)] string Token);

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, UserResponse User);

public sealed record UserResponse(
    Guid Id,
    string Email,
    string FirstName,
    string LastName,
    string? AvatarUrl,
    string Role,
    string Status,
    string Language,
    bool EmailVerified,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? LastLoginAt,
    InstructorInfo? InstructorInfo,
    NotificationSettings NotificationSettings)
{
    public static UserResponse From(User user) => new(
        user.Id, user.Email, user.FirstName, user.LastName, user.AvatarUrl, user.Role, user.Status, user.Language,
        user.EmailVerifiedAt is not null, user.CreatedAt, user.UpdatedAt, user.LastLoginAt, user.InstructorInfo,
        user.NotificationSettings);
}
