using HarAcademy.Hosting;
using HarAcademy.Hosting.Testing;

namespace HarAcademy.AppHost.Tests.Graph;

/// <summary>The real graph's PostgreSQL (with every service database), Redis and ChromaDB, started once for a test class.</summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    public DistributedApplication Application { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Application = await DistributedApplicationTestingBuilder.CreateAsync<Program>(options => options.DashboardPort = 0);
        Application.Selection = ["authdb", "coursesdb", "paymentsdb", "aidb", "redis", "chroma"];
        await Application.StartAsync();
        await Application.WaitForHealthyAsync(TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync() => await Application.DisposeAsync();
}
