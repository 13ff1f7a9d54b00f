using System.Security.Claims;

namespace HarAcademy.Auth.Extensions;

public static class HttpContextExtensions
{
    /// <summary>The caller's IP as the gateway forwarded it (forwarded headers are applied in Program).</summary>
    public static string ClientIp(this HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static Guid UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue("sub"), out var id) ? id : Guid.Empty;
}
