using HarAcademy.Hosting;
using Npgsql;

[assembly: AssemblyFixture(typeof(HarAcademy.EventBus.Tests.Infrastructure.InfrastructureFixture))]

namespace HarAcademy.EventBus.Tests.Infrastructure;

/// <summary>One real PostgreSQL server and one Redis for the whole test run, started through our hosting engine.</summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
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

    /// <summary>A new, empty database, so each producer under test has its own outbox.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"har_eventbus_test_{Interlocked.Increment(ref _databases)}";
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
