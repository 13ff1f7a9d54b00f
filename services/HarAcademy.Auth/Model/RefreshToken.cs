namespace HarAcademy.Auth.Model;

/// <summary>
/// One refresh token of a sign-in "family" (a session; its id is the <c>sid</c> of the session's access tokens).
/// Only its SHA-256 hash is stored. Each use rotates it (revoked with reason <c>rotated</c>, replaced by the next);
/// presenting a rotated token again, after a short grace, revokes the whole family.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public Guid FamilyId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the family's first token was issued (the sign-in): sessions end a fixed time after it.</summary>
    public DateTimeOffset SessionStartedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedReason { get; set; }
    public Guid? ReplacedById { get; set; }
}

public static class RevokeReasons
{
    public const string Rotated = "rotated";
    public const string Logout = "logout";
    public const string LogoutAll = "logout_all";
    public const string ReuseDetected = "reuse_detected";
    public const string PasswordChanged = "password_changed";
    public const string AccountDisabled = "account_disabled";
    public const string RoleChanged = "role_changed";
}
