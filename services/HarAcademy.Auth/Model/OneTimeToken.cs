namespace HarAcademy.Auth.Model;

/// <summary>A single-use token sent by email (address verification, password reset); only its hash is stored.</summary>
public sealed class OneTimeToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public required string Purpose { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

public static class TokenPurposes
{
    public const string VerifyEmail = "verify_email";
    public const string PasswordReset = "password_reset";
}
