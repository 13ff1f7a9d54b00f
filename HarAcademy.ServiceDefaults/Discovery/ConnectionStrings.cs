using Microsoft.Extensions.Configuration;

namespace HarAcademy.ServiceDefaults.Discovery;

public static class ConnectionStrings
{
    /// <summary><c>ConnectionStrings:{name}</c>, which the AppHost injects; its absence stops start-up with a clear message.</summary>
    public static string Require(IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name)
        ?? throw new InvalidOperationException($"ConnectionStrings:{name} is not configured (the AppHost provides it).");
}
