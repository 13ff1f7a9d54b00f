using Microsoft.Extensions.Configuration;

namespace HarAcademy.ServiceDefaults.Discovery;

/// <summary>
/// Reads the service-discovery configuration the AppHost injects (<c>services__{name}__{scheme}__{i}</c>, Aspire's
/// contract) where a component needs the addresses themselves rather than an HttpClient (YARP destinations, JWKS).
/// </summary>
public static class ServiceEndpoints
{
    /// <summary>Whether the AppHost wired <paramref name="service"/> into this one (it has at least one endpoint).</summary>
    public static bool IsConfigured(IConfiguration configuration, string service) => Of(configuration, service).Count > 0;

    /// <summary>The endpoints of <paramref name="service"/>, in replica order: https ones when there are any, otherwise http.</summary>
    public static IReadOnlyList<string> Of(IConfiguration configuration, string service)
    {
        var section = configuration.GetSection($"services:{service}");
        var https = Values(section.GetSection("https"));
        return https.Length > 0 ? https : Values(section.GetSection("http"));
    }

    private static string[] Values(IConfigurationSection section) =>
        section.GetChildren().Select(child => child.Value).OfType<string>().Where(value => value.Length > 0).ToArray();
}
