namespace HarAcademy.Gateway.Proxy;

/// <summary>Which public path prefixes belong to which service (DESIGN.md, "Public API").</summary>
public static class ServiceRoutes
{
    public static readonly IReadOnlyDictionary<string, string[]> PrefixesByService = new Dictionary<string, string[]>
    {
        ["auth"] = ["/api/v1/auth", "/api/v1/users"],
        ["courses"] = ["/api/v1/courses", "/api/v1/enrollments", "/api/v1/progress"],
        ["payments"] = ["/api/v1/payments"],
        ["ai"] = ["/api/v1/ai"],
    };
}
