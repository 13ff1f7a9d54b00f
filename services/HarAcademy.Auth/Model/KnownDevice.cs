namespace HarAcademy.Auth.Model;

/// <summary>
/// A browser that has signed in to this account before, recognised by its device cookie (only the cookie's SHA-256
/// is stored). Its sign-in attempts are counted on their own, so failures from elsewhere never lock it out.
/// </summary>
public sealed class KnownDevice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastSignInAt { get; set; }
}
