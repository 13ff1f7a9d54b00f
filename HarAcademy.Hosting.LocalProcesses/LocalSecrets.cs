using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HarAcademy.Hosting.LocalProcesses;

internal static class LocalSecrets
{
    /// <summary>
    /// A health check named <c>{resource}_check</c> that needs the resource's connection string, known only once Aspire
    /// has allocated its port: <paramref name="register"/> receives a function returning it.
    /// </summary>
    public static string AddConnectionStringHealthCheck<T>(IDistributedApplicationBuilder builder, T resource,
        Action<IHealthChecksBuilder, string, Func<string>> register) where T : IResourceWithConnectionString
    {
        string? connectionString = null;
        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(resource, async (_, cancellationToken) =>
            connectionString = await resource.ConnectionStringExpression.GetValueAsync(cancellationToken));
        var key = $"{resource.Name}_check";
        register(builder.Services.AddHealthChecks(), key,
            () => connectionString ?? throw new InvalidOperationException($"The connection string of '{resource.Name}' is not known yet."));
        return key;
    }
}
