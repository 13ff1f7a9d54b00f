using Microsoft.Extensions.Configuration;
using Yarp.ReverseProxy.Configuration;

namespace HarAcademy.Gateway.Proxy;

/// <summary>
/// YARP routes and clusters built from the service-discovery configuration the AppHost injects
/// (<c>services__{name}__http__{i}</c>, Aspire's contract): one destination per replica, round-robin, with
/// passive health so a failing replica is skipped. A service with no endpoints yet keeps its route and cluster
/// with no destination, which answers 503 (as ProblemDetails, via the status-code pages) instead of 404.
/// Written here because Microsoft.Extensions.ServiceDiscovery.Yarp cannot be restored (ENVIRONMENT.md).
/// </summary>
public static class DiscoveryProxyConfig
{
    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters) Build(IConfiguration configuration)
    {
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var (service, prefixes) in ServiceRoutes.PrefixesByService)
        {
            routes.AddRange(prefixes.Select(prefix => new RouteConfig
            {
                RouteId = $"{service}{prefix.Replace('/', '-')}",
                ClusterId = service,
                Match = new RouteMatch { Path = prefix + "/{**rest}" },
            }));

            var endpoints = Endpoints(configuration, service);
            clusters.Add(new ClusterConfig
            {
                ClusterId = service,
                LoadBalancingPolicy = "RoundRobin",
                HealthCheck = new HealthCheckConfig
                {
                    Passive = new PassiveHealthCheckConfig { Enabled = true, ReactivationPeriod = TimeSpan.FromSeconds(10) },
                },
                Destinations = endpoints.Select((endpoint, index) => (endpoint, index))
                    .ToDictionary(pair => $"{service}-{pair.index}", pair => new DestinationConfig { Address = pair.endpoint }),
            });
        }

        return (routes, clusters);
    }

    /// <summary>The http endpoints of <paramref name="service"/>, in replica order (https preferred when present).</summary>
    public static IReadOnlyList<string> Endpoints(IConfiguration configuration, string service)
    {
        var section = configuration.GetSection($"services:{service}");
        var https = section.GetSection("https").GetChildren().Select(child => child.Value).OfType<string>().ToArray();
        var http = section.GetSection("http").GetChildren().Select(child => child.Value).OfType<string>().ToArray();
        return https.Length > 0 ? https : http;
    }
}
