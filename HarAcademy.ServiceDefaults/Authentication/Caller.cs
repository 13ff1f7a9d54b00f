using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace HarAcademy.ServiceDefaults.Authentication;

/// <summary>Who is calling, as every service reads it: the token's subject, and the client's IP.</summary>
public static class Caller
{
    /// <summary>The access token's <c>sub</c> claim (the user id), or null when not signed in.</summary>
    public static string? Subject(this ClaimsPrincipal principal) => principal.FindFirst(AccessTokenValidation.SubjectClaim)?.Value;

    /// <summary>The signed-in user's id; <see cref="Guid.Empty"/> when there is none (endpoints requiring a user never see that).</summary>
    public static Guid UserId(this ClaimsPrincipal principal) => Guid.TryParse(principal.Subject(), out var id) ? id : Guid.Empty;

    /// <summary>The session the access token belongs to (its <c>sid</c>), or null.</summary>
    public static Guid? SessionId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirst(RevokedSessions.SessionClaim)?.Value, out var id) ? id : null;

    /// <summary>The client's IP: behind the gateway, the one it forwarded (forwarded headers are applied at start-up).</summary>
    public static string ClientIp(this HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
