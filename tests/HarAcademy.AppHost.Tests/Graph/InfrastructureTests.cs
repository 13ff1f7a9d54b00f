using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HarAcademy.Hosting.Dashboard;
using Npgsql;
using StackExchange.Redis;

namespace HarAcademy.AppHost.Tests.Graph;

/// <summary>PostgreSQL, Redis and ChromaDB started by the engine each answer with their own protocol.</summary>
public sealed class InfrastructureTests(InfrastructureFixture fixture) : IClassFixture<InfrastructureFixture>
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("authdb", "har_auth")]
    [InlineData("coursesdb", "har_courses")]
    [InlineData("paymentsdb", "har_payments")]
    [InlineData("aidb", "har_ai")]
    public async Task Each_service_database_exists_and_answers_sql(string resource, string database)
    {
        await using var connection = new NpgsqlConnection(fixture.Application.GetConnectionString(resource));
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand("SELECT current_database(), 6 * 7", connection);
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        Assert.True(await reader.ReadAsync(Cancel));
        Assert.Equal(database, reader.GetString(0));
        Assert.Equal(42, reader.GetInt32(1));
    }

    [Fact]
    public async Task Postgres_refuses_a_wrong_password()
    {
        var builder = new NpgsqlConnectionStringBuilder(fixture.Application.GetConnectionString("authdb")) { Password = "wrong" };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync(Cancel));
    }

    [Fact]
    public async Task Redis_answers_ping_and_keeps_values()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(fixture.Application.GetConnectionString("redis"));
        var database = redis.GetDatabase();
        Assert.True((await database.PingAsync()) < TimeSpan.FromSeconds(1));
        var key = $"test:{Guid.NewGuid()}";
        await database.StringSetAsync(key, "value", TimeSpan.FromMinutes(1));
        Assert.Equal("value", (string?)await database.StringGetAsync(key));
    }

    [Fact]
    public async Task Redis_refuses_clients_without_the_password()
    {
        var port = fixture.Application.GetEndpoint("redis").Port;
        await using var redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},abortConnect=false,connectTimeout=1000");
        await Assert.ThrowsAnyAsync<RedisException>(() => redis.GetDatabase().StringSetAsync("k", "v"));
    }

    [Fact]
    public async Task Chroma_answers_heartbeat_and_stores_and_queries_embeddings()
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Application.GetConnectionString("chroma")) };
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
    public async Task The_dashboard_api_lists_every_resource_with_its_state()
    {
        using var dashboard = new HttpClient { BaseAddress = fixture.Application.DashboardUrl };
        var resources = await dashboard.GetFromJsonAsync<JsonElement>("/api/resources", Cancel);

        var byName = resources.EnumerateArray().ToDictionary(resource => resource.GetProperty("name").GetString()!);
        Assert.Equal(["aidb", "authdb", "chroma", "coursesdb", "paymentsdb", "postgres", "redis"], byName.Keys.Order());
        foreach (var name in new[] { "postgres", "redis", "chroma" })
        {
            var resource = byName[name];
            Assert.Equal("Running", resource.GetProperty("state").GetString());
            Assert.Equal("Healthy", resource.GetProperty("health").GetString());
            Assert.Single(resource.GetProperty("urls").EnumerateArray());
            Assert.True(resource.GetProperty("pid").GetInt32() > 0);
            Assert.Equal(0, resource.GetProperty("restarts").GetInt32());
        }

        Assert.Equal("database", byName["authdb"].GetProperty("type").GetString());
        Assert.Equal("Healthy", byName["authdb"].GetProperty("health").GetString());
        // Connection strings carry passwords: the dashboard never shows them.
        Assert.DoesNotContain("password", resources.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_dashboard_serves_its_page_and_logs()
    {
        using var dashboard = new HttpClient { BaseAddress = fixture.Application.DashboardUrl };
        Assert.Contains("Har Academy", await dashboard.GetStringAsync("/", Cancel));

        var logs = await dashboard.GetFromJsonAsync<JsonElement>("/api/resources/postgres/logs?after=-1", Cancel);
        Assert.Contains(logs.GetProperty("lines").EnumerateArray(), line => line.GetProperty("text").GetString()!.Contains("ready to accept connections"));
        using var unknown = await dashboard.GetAsync("/api/resources/nope/logs", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Dashboard_commands_need_the_dashboard_header()
    {
        using var dashboard = new HttpClient { BaseAddress = fixture.Application.DashboardUrl };
        using var forged = await dashboard.PostAsync("/api/resources/redis/stop", null, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/resources/redis/explode");
        request.Headers.Add(DashboardServer.CommandHeader, "1");
        using var unknownCommand = await dashboard.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, unknownCommand.StatusCode);
        Assert.Equal("Running", fixture.Application.GetSnapshots().Single(resource => resource.Name == "redis").State);
    }
}
