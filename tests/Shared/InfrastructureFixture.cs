using System.Reflection;
using Npgsql;

// Compiled into each test project that links this file (see its .csproj): one fixture per test assembly.
[assembly: AssemblyFixture(typeof(HarAcademy.Testing.InfrastructureFixture))]

namespace HarAcademy.Testing;

/// <summary>The AppHost graph's PostgreSQL server and Redis (nothing else of it), started once for the whole test run.</summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    private static readonly string DatabasePrefix =
        "har_" + (Assembly.GetExecutingAssembly().GetName().Name ?? "tests").Replace("HarAcademy.", "").Replace('.', '_').ToLowerInvariant();

    private TestGraph? _graph;
    private int _databases;

    public string RedisConnectionString { get; private set; } = "";
    private string ServerConnectionString { get; set; } = "";

    public async ValueTask InitializeAsync()
    {
        _graph = (await TestGraph.CreateAsync()).Without("gateway", "ai", "payments", "courses", "auth", "chroma");
        await _graph.StartAsync(TimeSpan.FromSeconds(90), "postgres", "redis");
        ServerConnectionString = await _graph.ConnectionStringAsync("postgres");
        RedisConnectionString = await _graph.ConnectionStringAsync("redis");
    }

    /// <summary>A new, empty database: each host under test gets its own (a service migrates it from nothing).</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"{DatabasePrefix}_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_graph is not null)
        {
            await _graph.DisposeAsync();
        }
    }
}
