using HarAcademy.ServiceDefaults.Discovery;
using Yarp.ReverseProxy.Configuration;

namespace HarAcademy.Gateway.Proxy;

/// <summary>
/// YARP routes and one cluster per service, whose single destination <c>https+http://{service}</c> service discovery
/// (Microsoft.Extensions.ServiceDiscovery.Yarp) expands into one destination per replica from what the AppHost injects
/// (<c>services__{name}__http__{i}</c>, Aspire's contract); round-robin, with active (<c>/alive</c> every few seconds)
/// and passive health checks so a dead replica is skipped. A service that is not in the graph (no endpoint configured)
/// keeps its routes and an empty cluster, which answers 503 ProblemDetails at once instead of 404 or a DNS lookup.
/// </summary>
public static class DiscoveryProxyConfig
{
    // YARP's reserved policy names: "anonymous" lets the request through untouched, "default" needs a valid token.
    public const string AnonymousPolicy = "anonymous";
    public const string AuthenticatedPolicy = "default";
    public const string RateLimitPolicy = GatewayRateLimiting.PolicyName;

    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters) Build(IConfiguration configuration)
    {
        var timeout = configuration.GetValue("Gateway:UpstreamTimeout", TimeSpan.FromSeconds(30));
        var healthInterval = configuration.GetValue("Gateway:ActiveHealthInterval", TimeSpan.FromSeconds(5));
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var (service, prefixes) in ServiceRoutes.PrefixesByService)
        {
            routes.AddRange(prefixes.Select(prefix => Route($"{service}{prefix.Replace('/', '-')}", service, prefix + "/{**rest}", null, AuthenticatedPolicy)));
            routes.AddRange(ServiceRoutes.Anonymous.Where(route => route.Service == service).Select((route, index) =>
                Route($"{service}-anonymous-{index}", service, route.Path, route.Methods, AnonymousPolicy)));

            var inGraph = ServiceEndpoints.IsConfigured(configuration, service);
            clusters.Add(new ClusterConfig
            {
                ClusterId = service,
                LoadBalancingPolicy = "RoundRobin",
                HttpRequest = new Yarp.ReverseProxy.Forwarder.ForwarderRequestConfig { ActivityTimeout = timeout },
                HealthCheck = new HealthCheckConfig
                {
                    Active = new ActiveHealthCheckConfig { Enabled = true, Interval = healthInterval, Timeout = healthInterval < TimeSpan.FromSeconds(2) ? healthInterval : TimeSpan.FromSeconds(2), Path = "/alive", Policy = "ConsecutiveFailures" },
                    Passive = new PassiveHealthCheckConfig { Enabled = true, Policy = "TransportFailureRate", ReactivationPeriod = TimeSpan.FromSeconds(10) },
                    AvailableDestinationsPolicy = "HealthyOrPanic",
                },
                Destinations = inGraph
                    ? new Dictionary<string, DestinationConfig> { [service] = new() { Address = $"https+http://{service}" } }
                    : new Dictionary<string, DestinationConfig>(),
            });
        }

        return (routes, clusters);
    }

    private static RouteConfig Route(string id, string cluster, string path, string[]? methods, string policy) => new()
    {
        RouteId = id,
        ClusterId = cluster,
        Match = new RouteMatch { Path = path, Methods = methods },
        AuthorizationPolicy = policy,
        RateLimiterPolicy = RateLimitPolicy,
    };
}
