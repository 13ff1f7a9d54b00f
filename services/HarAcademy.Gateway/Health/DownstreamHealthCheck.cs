using HarAcademy.Gateway.Proxy;
using HarAcademy.ServiceDefaults.Discovery;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.ServiceDiscovery;

namespace HarAcademy.Gateway.Health;

/// <summary>
/// The readiness of every replica of every service behind the gateway (their <c>/health</c>), found through service
/// discovery and reported in the gateway's own <c>/health</c>: Degraded, not Unhealthy, when one is down, since the
/// gateway still serves the others.
/// </summary>
internal sealed class DownstreamHealthCheck(IConfiguration configuration, ServiceEndpointResolver resolver, IHttpClientFactory clients) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var client = clients.CreateClient("downstream-health");
        client.Timeout = TimeSpan.FromSeconds(2);
        var services = ServiceRoutes.PrefixesByService.Keys.Where(service => ServiceEndpoints.IsConfigured(configuration, service));
        var endpoints = await Task.WhenAll(services.Select(async service =>
            (service, source: await resolver.GetEndpointsAsync($"https+http://{service}", cancellationToken))));
        var results = await Task.WhenAll(endpoints.SelectMany(found => found.source.Endpoints.Select(async endpoint =>
        {
            // Configuration (what the AppHost writes) gives URIs; a DNS name without a scheme would be plain http.
            var address = (endpoint.EndPoint is UriEndPoint uri ? uri.Uri.ToString() : $"http://{endpoint.EndPoint}").TrimEnd('/');
            try
            {
                using var response = await client.GetAsync($"{address}/health", cancellationToken);
                return (found.service, address, healthy: response.IsSuccessStatusCode);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                return (found.service, address, healthy: false);
            }
        })));

        var data = results.ToDictionary(result => $"{result.service} {result.address}", result => (object)(result.healthy ? "Healthy" : "Unhealthy"));
        return results.All(result => result.healthy)
            ? HealthCheckResult.Healthy("Every configured service is healthy.", data)
            : HealthCheckResult.Degraded("Some services are not healthy.", data: data);
    }
}
