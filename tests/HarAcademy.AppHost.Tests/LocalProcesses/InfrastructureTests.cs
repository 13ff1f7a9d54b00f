using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using HarAcademy.AppHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StackExchange.Redis;

namespace HarAcademy.AppHost.Tests.LocalProcesses;

/// <summary>PostgreSQL, Redis and ChromaDB started as local processes each answer with their own protocol, with the graph's credentials.</summary>
public sealed class InfrastructureTests(InfrastructureFixture fixture) : IClassFixture<InfrastructureFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("authdb", "har_auth")]
    [InlineData("coursesdb", "har_courses")]
    [InlineData("paymentsdb", "har_payments")]
    [InlineData("aidb", "har_ai")]
    public async Task Each_service_database_exists_and_answers_sql(string resource, string database)
    {
        await using var connection = new NpgsqlConnection(await fixture.Graph.ConnectionStringAsync(resource));
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand("SELECT current_database(), 6 * 7", connection);
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        Assert.True(await reader.ReadAsync(Cancel));
        Assert.Equal(database, reader.GetString(0));
        Assert.Equal(42, reader.GetInt32(1));
    }

    [Fact]
    public async Task Each_service_connects_as_its_own_role_which_reaches_only_its_own_database_and_is_no_superuser()
    {
        var auth = new NpgsqlConnectionStringBuilder(await fixture.Graph.ConnectionStringAsync("authdb"));
        Assert.Equal("har_auth", auth.Username);

        await using (var own = new NpgsqlConnection(auth.ConnectionString))
        {
            await own.OpenAsync(Cancel);
            await using var who = new NpgsqlCommand("SELECT current_user, rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user", own);
            await using var reader = await who.ExecuteReaderAsync(Cancel);
            Assert.True(await reader.ReadAsync(Cancel));
            Assert.Equal("har_auth", reader.GetString(0));
            Assert.False(reader.GetBoolean(1) || reader.GetBoolean(2) || reader.GetBoolean(3), "the service role must hold no server-wide power");
        }

        foreach (var elsewhere in new[] { "har_courses", "har_payments", "postgres" })
        {
            await using var other = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(auth.ConnectionString) { Database = elsewhere, Pooling = false }.ConnectionString);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => other.OpenAsync(Cancel));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
    }

    [Fact]
    public async Task Postgres_refuses_a_wrong_password()
    {
        var builder = new NpgsqlConnectionStringBuilder(await fixture.Graph.ConnectionStringAsync("authdb")) { Password = "wrong" };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync(Cancel));
        Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
    }

    [Fact]
    public async Task Postgres_keeps_its_data_across_a_restart_from_the_dashboard()
    {
        // Unpooled: a pooled connection would outlive the server it was opened on.
        var connectionString = new NpgsqlConnectionStringBuilder(await fixture.Graph.ConnectionStringAsync("coursesdb")) { Pooling = false }.ConnectionString;
        var table = $"kept_{Guid.NewGuid():N}";
        await ExecuteAsync(connectionString, $"CREATE TABLE {table} (value text); INSERT INTO {table} VALUES ('still here')");
        var before = await fixture.Graph.Application.CurrentAsync("postgres");
        var databaseBefore = await fixture.Graph.Application.CurrentAsync("coursesdb");

        var commands = fixture.Graph.Application.Services.GetRequiredService<ResourceCommandService>();
        var result = await commands.ExecuteCommandAsync(before.ResourceId, KnownResourceCommands.RestartCommand, Cancel);
        Assert.True(result.Success, result.Message);
        // The database goes down with its server and comes back once the server is ready again.
        await fixture.Graph.Application.ResourceNotifications.WaitForResourceAsync("coursesdb", resource =>
            resource.Snapshot.State?.Text == KnownResourceStates.Running && resource.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy
            && resource.Snapshot.StartTimeStamp > databaseBefore.Snapshot.StartTimeStamp, Cancel);

        Assert.NotEqual(before.ProcessId(), (await fixture.Graph.Application.CurrentAsync("postgres")).ProcessId());
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Cancel);
        await using var read = new NpgsqlCommand($"SELECT value FROM {table}", connection);
        Assert.Equal("still here", await read.ExecuteScalarAsync(Cancel));
    }

    [Fact]
    public async Task Redis_answers_ping_and_keeps_values()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(await fixture.Graph.ConnectionStringAsync("redis"));
        var database = redis.GetDatabase();
        Assert.True(await database.PingAsync() < TimeSpan.FromSeconds(1));
        var key = $"test:{Guid.NewGuid()}";
        await database.StringSetAsync(key, "value", TimeSpan.FromMinutes(1));
        Assert.Equal("value", (string?)await database.StringGetAsync(key));
    }

    [Fact]
    public async Task Redis_refuses_clients_without_the_password()
    {
        var withPassword = ConfigurationOptions.Parse(await fixture.Graph.ConnectionStringAsync("redis"));
        var endpoint = (DnsEndPoint)withPassword.EndPoints.Single();
        // Raw RESP over TCP: the server is there and answers, with a refusal.
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(endpoint.Host, endpoint.Port, Cancel);
        var stream = client.GetStream();
        await stream.WriteAsync("SET k v\r\n"u8.ToArray(), Cancel);
        var reply = new byte[256];
        var length = await stream.ReadAsync(reply, Cancel);
        Assert.StartsWith("-NOAUTH", System.Text.Encoding.ASCII.GetString(reply, 0, length));
    }

    [Fact]
    public async Task Chroma_answers_heartbeat_and_stores_and_queries_embeddings()
    {
        using var http = new HttpClient { BaseAddress = new Uri(await fixture.Graph.ConnectionStringAsync("chroma")) };
        using var heartbeat = await http.GetAsync("/api/v2/heartbeat", Cancel);
        Assert.Equal(HttpStatusCode.OK, heartbeat.StatusCode);

        const string collections = "/api/v2/tenants/default_tenant/databases/default_database/collections";
        var name = $"test-{Guid.NewGuid():N}";
        using var created = await http.PostAsJsonAsync(collections, new { name, metadata = new Dictionary<string, string> { ["hnsw:space"] = "cosine" } }, Cancel);
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString();

        using var added = await http.PostAsJsonAsync($"{collections}/{id}/add", new
        {
            ids = new[] { "excel", "python" },
            embeddings = new[] { new[] { 1f, 0f, 0f }, new[] { 0f, 1f, 0f } },
            documents = new[] { "Excel pivot tables", "Python pandas" },
        }, Cancel);
        added.EnsureSuccessStatusCode();

        using var queried = await http.PostAsJsonAsync($"{collections}/{id}/query", new
        {
            query_embeddings = new[] { new[] { 0.1f, 0.9f, 0f } },
            n_results = 1,
            include = new[] { "documents", "distances" },
        }, Cancel);
        queried.EnsureSuccessStatusCode();
        var result = await queried.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("python", result.GetProperty("ids")[0][0].GetString());
    }

    [Fact]
    public async Task Each_infrastructure_resource_is_a_healthy_local_process_and_each_database_a_child_of_its_server()
    {
        foreach (var name in new[] { "postgres", "redis", "chroma" })
        {
            var resource = await fixture.Graph.Application.CurrentAsync(name);
            Assert.Equal(KnownResourceStates.Running, resource.Snapshot.State?.Text);
            Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, resource.Snapshot.HealthStatus);
            Assert.True(ProcessTable.IsAlive(resource.ProcessId()), $"{name} has no live process");
        }

        var database = await fixture.Graph.Application.CurrentAsync("authdb");
        Assert.Equal("PostgresDatabase", database.Snapshot.ResourceType);
        Assert.StartsWith("postgres-", database.Property("resource.parentName")?.ToString()); // the server's replica id
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, database.Snapshot.HealthStatus);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Cancel);
    }
}
