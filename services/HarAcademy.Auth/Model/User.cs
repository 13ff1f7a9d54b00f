namespace HarAcademy.Auth.Model;

public static class Roles
{
    public const string Learner = "learner";
    public const string Instructor = "instructor";
    public const string Admin = "admin";
    public static readonly string[] All = [Learner, Instructor, Admin];
}

public static class UserStatuses
{
    public const string Active = "active";
    public const string Suspended = "suspended";
    public const string Deleted = "deleted";
    public static readonly string[] All = [Active, Suspended, Deleted];
}

public static class Languages
{
    public static readonly string[] All = ["fr", "en"];
}

public sealed class User
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Email { get; set; }
    public required string PasswordHash { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? AvatarUrl { get; set; }
    public string Role { get; set; } = Roles.Learner;
    public string Status { get; set; } = UserStatuses.Active;
    public string Language { get; set; } = "fr";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? LastLoginAt { get; set; }
    public DateTimeOffset? EmailVerifiedAt { get; set; }
    public InstructorInfo? InstructorInfo { get; set; }
    public NotificationSettings NotificationSettings { get; set; } = new();

    public bool IsActive => Status == UserStatuses.Active;
}

public static class VerificationStatuses
{
    public const string Unverified = "unverified";
    public const string Verified = "verified";
    public const string Rejected = "rejected";
    public static readonly string[] All = [Unverified, Verified, Rejected];
}

public sealed class InstructorInfo
{
    public string Bio { get; set; } = "";
    public List<string> ExpertiseTags { get; set; } = [];
    public int TotalCourses { get; set; }
    public decimal Rating { get; set; }
    public string VerificationStatus { get; set; } = VerificationStatuses.Unverified;
    public DateTimeOffset? AppliedAt { get; set; }
}

public sealed class NotificationSettings
{
    public bool EmailNotifications { get; set; } = true;
    public bool MarketingEmails { get; set; }
    public bool Newsletter { get; set; }
}
