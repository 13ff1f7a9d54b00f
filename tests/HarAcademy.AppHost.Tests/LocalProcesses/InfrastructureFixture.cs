namespace HarAcademy.AppHost.Tests.LocalProcesses;

/// <summary>The AppHost graph's PostgreSQL (with every service database), Redis and ChromaDB, started once for a test class.</summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    public TestGraph Graph { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Graph = (await TestGraph.CreateAsync()).Without("gateway", "ai", "payments", "courses", "auth");
        await Graph.StartAsync(TimeSpan.FromSeconds(90), "authdb", "coursesdb", "paymentsdb", "aidb", "redis", "chroma");
    }

    public ValueTask DisposeAsync() => Graph.DisposeAsync();
}
