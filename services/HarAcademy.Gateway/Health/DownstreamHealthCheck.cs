using HarAcademy.Gateway.Proxy;
using HarAcademy.ServiceDefaults.Discovery;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.ServiceDiscovery;

namespace HarAcademy.Gateway.Health;

/// <summary>
/// The readiness of every replica of every service behind the gateway (their <c>/health</c>), found through service
/// discovery and reported in the gateway's own <c>/health</c>: Degraded, not Unhealthy, when one is down, since the
/// gateway still serves the others.
/// <c>/health</c> is anonymous at the public door, so one probe of the services serves every caller for
/// <see cref="ResultLifetime"/>: however often it is asked, the services see a few probes a second at most.
/// </summary>
internal sealed class DownstreamHealthCheck(IConfiguration configuration, ServiceEndpointResolver resolver, IHttpClientFactory clients, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan ResultLifetime = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private Task<HealthCheckResult>? _latest;
    private DateTimeOffset _latestStarted;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_latest is null || now - _latestStarted >= ResultLifetime || _latest.IsFaulted || _latest.IsCanceled)
            {
                _latestStarted = now;
                // Not the caller's token: the probe is shared, and one caller hanging up must not cancel it for the others.
                _latest = ProbeAsync(CancellationToken.None);
            }

            return _latest.WaitAsync(cancellationToken);
        }
    }

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
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
