using System.ComponentModel.DataAnnotations;
using HarAcademy.Auth.Security;

namespace HarAcademy.Auth.Apis;

public sealed record NotificationSettingsUpdate(bool? EmailNotifications, bool? MarketingEmails, bool? Newsletter);

/// <summary>Only the fields present change.</summary>
public sealed record UpdateProfileRequest(
    [property: StringLength(100, MinimumLength = 1), PersonName] string? FirstName,
    [property: StringLength(100, MinimumLength = 1), PersonName] string? LastName,
    [property: StringLength(2048), Url] string? AvatarUrl,
    [property: AllowedValues("fr", "en", null)] string? Language,
    NotificationSettingsUpdate? NotificationSettings);

public sealed record ChangePasswordRequest(
    [property: Required, StringLength(PasswordPolicy.MaximumLength)] string CurrentPassword,
    [property: Required, StringLength(PasswordPolicy.MaximumLength)] string NewPassword);

public sealed record DeleteAccountRequest([property: Required, StringLength(PasswordPolicy.MaximumLength)] string Password);

public sealed record InstructorApplicationRequest(
    [property: Required, StringLength(2000, MinimumLength = 20)] string Bio,
    [property: Required, MinLength(1), MaxLength(10)] string[] ExpertiseTags);

public sealed record AdminUserUpdate(
    [property: AllowedValues("learner", "instructor", "admin", null)] string? Role,
    [property: AllowedValues("active", "suspended", null)] string? Status,
    [property: AllowedValues("unverified", "verified", "rejected", null)] string? InstructorVerification);

public sealed record UserPage(IReadOnlyList<UserResponse> Items, int Total, int Page, int PageSize);
