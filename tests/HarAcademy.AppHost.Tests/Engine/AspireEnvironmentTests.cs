using HarAcademy.Hosting;
using HarAcademy.Hosting.Orchestration;
using HarAcademy.Hosting.Resources;

namespace HarAcademy.AppHost.Tests.Engine;

/// <summary>The configuration a process receives uses Aspire's names exactly (REFERENCE.md).</summary>
public sealed class AspireEnvironmentTests
{
    private sealed record Graph(DistributedApplicationOptions Options, ProjectResource Api, ProjectResource Gateway);

    private static Graph Declare(string? otlpEndpoint = null)
    {
        var options = new DistributedApplicationOptions { Isolated = true, OtlpEndpoint = otlpEndpoint };
        var builder = new DistributedApplicationBuilder(options);
        var postgres = builder.AddPostgres("postgres");
        var database = postgres.AddDatabase("authdb", "har_auth");
        var redis = builder.AddRedis("redis");
        var chroma = builder.AddChroma("chroma");
        var gateway = builder.AddProject("gateway", "services/HarAcademy.Gateway").WithReplicas(2);
        var api = builder.AddProject("api", "services/Api")
            .WithReference(database).WithReference(redis).WithReference(chroma).WithReference(gateway)
            .WithEnvironment("EXTRA", "yes");
        builder.Build();

        postgres.Resource.AssignPorts([15432]);
        redis.Resource.AssignPorts([16379]);
        chroma.Resource.AssignPorts([18100]);
        gateway.Resource.AssignPorts([18000, 18001]);
        api.Resource.AssignPorts([13001]);
        return new Graph(options, api.Resource, gateway.Resource);
    }

    private static Dictionary<string, string> EnvironmentOf(Graph graph, ProjectResource resource, int replica = 0)
    {
        var context = new ResourceContext(graph.Options, SecretStore.InMemory(), new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        return AspireEnvironment.For(resource, replica, resource.CreateLaunch(context, replica), graph.Options);
    }

    [Fact]
    public void Databases_caches_and_vector_stores_arrive_as_connection_strings_by_resource_name()
    {
        var graph = Declare();
        var environment = EnvironmentOf(graph, graph.Api);

        Assert.StartsWith("Host=127.0.0.1;Port=15432;Username=postgres;Password=", environment["ConnectionStrings__authdb"]);
        Assert.EndsWith(";Database=har_auth", environment["ConnectionStrings__authdb"]);
        Assert.StartsWith("127.0.0.1:16379,password=", environment["ConnectionStrings__redis"]);
        Assert.Equal("http://127.0.0.1:18100", environment["ConnectionStrings__chroma"]);
        Assert.DoesNotContain("ConnectionStrings__postgres", environment.Keys);
    }

    [Fact]
    public void Service_endpoints_arrive_per_replica_with_aspire_names()
    {
        var graph = Declare();
        var environment = EnvironmentOf(graph, graph.Api);

        Assert.Equal("http://127.0.0.1:18000", environment["services__gateway__http__0"]);
        Assert.Equal("http://127.0.0.1:18001", environment["services__gateway__http__1"]);
        Assert.Equal("http://127.0.0.1:18000", environment["GATEWAY_HTTP"]);
    }

    [Fact]
    public void Projects_get_their_urls_environment_and_telemetry_identity()
    {
        var graph = Declare();
        var first = EnvironmentOf(graph, graph.Gateway, 0);
        var second = EnvironmentOf(graph, graph.Gateway, 1);

        Assert.Equal("http://127.0.0.1:18000", first["ASPNETCORE_URLS"]);
        Assert.Equal("http://127.0.0.1:18001", second["ASPNETCORE_URLS"]);
        Assert.Equal("true", first["ASPNETCORE_FORWARDEDHEADERS_ENABLED"]);
        Assert.Equal("Development", first["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("gateway", first["OTEL_SERVICE_NAME"]);
        Assert.StartsWith("service.instance.id=gateway-0-", first["OTEL_RESOURCE_ATTRIBUTES"]);
        Assert.NotEqual(first["OTEL_RESOURCE_ATTRIBUTES"], second["OTEL_RESOURCE_ATTRIBUTES"]);
        Assert.Equal("yes", EnvironmentOf(graph, graph.Api)["EXTRA"]);
    }

    [Fact]
    public void The_otlp_exporter_is_configured_only_when_a_collector_exists()
    {
        var without = Declare();
        Assert.DoesNotContain("OTEL_EXPORTER_OTLP_ENDPOINT", EnvironmentOf(without, without.Api).Keys);

        var with = Declare("http://127.0.0.1:4317");
        var environment = EnvironmentOf(with, with.Api);
        Assert.Equal("http://127.0.0.1:4317", environment["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Equal("always_on", environment["OTEL_TRACES_SAMPLER"]);
    }
}
