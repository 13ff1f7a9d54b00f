namespace HarAcademy.Gateway.Proxy;

/// <summary>
/// Which public paths belong to which service (docs/architecture.md, "Public API"), and the few that are open without a token.
/// Everything else needs a valid access token at the edge.
/// </summary>
public static class ServiceRoutes
{
    public static readonly IReadOnlyDictionary<string, string[]> PrefixesByService = new Dictionary<string, string[]>
    {
        ["auth"] = ["/api/v1/auth", "/api/v1/users"],
        ["courses"] = ["/api/v1/courses", "/api/v1/enrollments", "/api/v1/progress", "/api/v1/certificates"],
        ["payments"] = ["/api/v1/payments"],
        ["ai"] = ["/api/v1/ai"],
    };

    /// <summary>Paths no one reaches through the gateway, signed in or not: a service's development tools (the auth mailbox).</summary>
    public static readonly string[] NeverRouted = ["/api/v1/auth/dev"];

    /// <summary>(service, path pattern, methods or null for any): reachable anonymously because the product needs it.</summary>
    public static readonly (string Service, string Path, string[]? Methods)[] Anonymous =
    [
        ("auth", "/api/v1/auth/register", ["POST"]),
        ("auth", "/api/v1/auth/login", ["POST"]),
        ("auth", "/api/v1/auth/refresh", ["POST"]),
        ("auth", "/api/v1/auth/logout", ["POST"]),
        ("auth", "/api/v1/auth/password-reset", ["POST"]),
        ("auth", "/api/v1/auth/password-reset/confirm", ["POST"]),
        ("auth", "/api/v1/auth/verify-email", ["POST"]),
        ("auth", "/api/v1/auth/.well-known/{**rest}", ["GET"]),
        // The public catalog, course pages, preview lessons, reviews, media behind signed URLs, certificate checks. The
        // service decides within each (a lesson needs an enrollment unless it is a preview); the Security suite checks
        // that this list and the courses service's anonymous endpoints are the same.
        ("courses", "/api/v1/courses", ["GET"]),
        ("courses", "/api/v1/courses/vocabulary", ["GET"]),
        ("courses", "/api/v1/courses/{id:guid}", ["GET"]),
        ("courses", "/api/v1/courses/{id:guid}/lessons/{lessonId:guid}", ["GET"]),
        ("courses", "/api/v1/courses/{id:guid}/reviews", ["GET"]),
        ("courses", "/api/v1/courses/{id:guid}/media/{mediaId:guid}", ["GET"]),
        ("courses", "/api/v1/certificates/{number:minlength(10)}", ["GET"]),
        ("courses", "/api/v1/certificates/{number:minlength(10)}/print", ["GET"]),
        ("payments", "/api/v1/payments/webhooks/stripe", ["POST"]),
    ];
}
