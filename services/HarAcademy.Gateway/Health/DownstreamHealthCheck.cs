using HarAcademy.Gateway.Proxy;
using HarAcademy.ServiceDefaults.Discovery;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HarAcademy.Gateway.Health;

/// <summary>
/// The readiness of every service behind the gateway (their <c>/health</c>), reported in the gateway's own
/// <c>/health</c>: Degraded, not Unhealthy, when one is down, since the gateway still serves the others.
/// </summary>
internal sealed class DownstreamHealthCheck(IConfiguration configuration, IHttpClientFactory clients) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var client = clients.CreateClient("downstream-health");
        client.Timeout = TimeSpan.FromSeconds(2);
        var results = await Task.WhenAll(ServiceRoutes.PrefixesByService.Keys.SelectMany(service =>
            ServiceEndpoints.Of(configuration, service).Select(async endpoint =>
            {
                try
                {
                    using var response = await client.GetAsync($"{endpoint.TrimEnd('/')}/health", cancellationToken);
                    return (service, endpoint, healthy: response.IsSuccessStatusCode);
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    return (service, endpoint, healthy: false);
                }
            })));

        var data = results.ToDictionary(result => $"{result.service} {result.endpoint}", result => (object)(result.healthy ? "Healthy" : "Unhealthy"));
        return results.All(result => result.healthy)
            ? HealthCheckResult.Healthy("Every configured service is healthy.", data)
            : HealthCheckResult.Degraded("Some services are not healthy.", data: data);
    }
}
