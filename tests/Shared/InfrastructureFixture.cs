using System.Reflection;
using HarAcademy.Hosting;
using Npgsql;

// Compiled into each test project that links this file (see its .csproj): one fixture per test assembly.
[assembly: AssemblyFixture(typeof(HarAcademy.Testing.InfrastructureFixture))]

namespace HarAcademy.Testing;

/// <summary>One real PostgreSQL server and one Redis for the whole test run, started through our hosting engine.</summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    private static readonly string DatabasePrefix =
        "har_" + (Assembly.GetExecutingAssembly().GetName().Name ?? "tests").Replace("HarAcademy.", "").Replace('.', '_').ToLowerInvariant();

    private DistributedApplication? _application;
    private int _databases;

    public string RedisConnectionString { get; private set; } = "";
    private string ServerConnectionString { get; set; } = "";

    public async ValueTask InitializeAsync()
    {
        var builder = new DistributedApplicationBuilder(new DistributedApplicationOptions { Isolated = true, DashboardPort = null, EchoToConsole = false });
        builder.AddPostgres("postgres").AddDatabase("postgresdb", "postgres");
        builder.AddRedis("redis");
        _application = builder.Build();
        await _application.StartAsync();
        await _application.WaitForHealthyAsync(TimeSpan.FromSeconds(60));
        ServerConnectionString = _application.GetConnectionString("postgresdb");
        RedisConnectionString = _application.GetConnectionString("redis");
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
        if (_application is not null)
        {
            await _application.DisposeAsync();
        }
    }
}
