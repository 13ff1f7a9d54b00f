using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace HarAcademy.AppHost.Tests.Graph;

/// <summary>
/// The whole AppHost graph, two gateway replicas, and the real Aspire dashboard receiving every service's telemetry,
/// started once for the test classes of the <see cref="WholeGraphCollection"/>.
/// </summary>
public sealed class WholeGraphFixture : IAsyncLifetime
{
    /// <summary>The dashboard's telemetry API key (AppHost:DashboardApiKey): what the Aspire CLI uses to read telemetry back.</summary>
    public const string TelemetryApiKey = "whole-graph-telemetry-key";
    public const string AdminEmail = "admin@whole-graph.har.academy";
    public const string AdminPassword = "Whole-Graph-Admin-Password-1";

    public TestGraph Graph { get; private set; } = null!;
    public DistributedApplication Application => Graph.Application;
    public Uri DashboardLogin { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Graph = await TestGraph.CreateWithDashboardAsync(
            "--Parameters:gateway-replicas=2",
            $"--Parameters:admin-email={AdminEmail}",
            $"--Parameters:admin-password={AdminPassword}",
            $"--AppHost:DashboardApiKey={TelemetryApiKey}");
        await Graph.StartAsync(TimeSpan.FromSeconds(120), "postgres", "redis", "chroma", "authdb", "coursesdb", "paymentsdb", "aidb", "auth", "courses", "payments", "ai", "gateway");
        DashboardLogin = await Application.GetDashboardUrlAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => Graph.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class WholeGraphCollection : ICollectionFixture<WholeGraphFixture>
{
    public const string Name = "whole graph";
}
