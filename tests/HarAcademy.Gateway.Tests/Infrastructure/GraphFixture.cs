using System.Net.Http.Json;
using System.Text.Json;
using HarAcademy.Hosting;

[assembly: AssemblyFixture(typeof(HarAcademy.Gateway.Tests.Infrastructure.GraphFixture))]

namespace HarAcademy.Gateway.Tests.Infrastructure;

/// <summary>PostgreSQL, Redis, the real auth service and two real gateway processes, started once for the run.</summary>
public sealed class GraphFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@gateway-tests.har.academy";
    public const string AdminPassword = "Gateway-Admin-Password-1";

    private DistributedApplication? _application;

    public DistributedApplication Application => _application!;
    public string RedisConnectionString => Application.GetConnectionString("redis");
    public Uri Auth => Application.GetEndpoint("auth");
    public Uri Gateway => Application.GetEndpoint("gateway");
    public Uri SecondGateway => Application.GetEndpoint("gateway", 1);

    public async ValueTask InitializeAsync()
    {
        var builder = new DistributedApplicationBuilder(new DistributedApplicationOptions { Isolated = true, DashboardPort = null, EchoToConsole = false });
        var database = builder.AddPostgres("postgres").AddDatabase("authdb", "har_auth");
        var redis = builder.AddRedis("redis");
        var auth = builder.AddProject("auth", "services/HarAcademy.Auth")
            .WithReference(database).WaitFor(database).WithReference(redis).WaitFor(redis)
            .WithEnvironment("Parameters__admin-email", AdminEmail)
            .WithEnvironment("Parameters__admin-password", AdminPassword)
            .WithEnvironment("Auth__BcryptWorkFactor", "4");
        // Two replicas: the SignalR backplane and the shared limits have something to prove.
        builder.AddProject("gateway", "services/HarAcademy.Gateway")
            .WithReplicas(2)
            .WithReference(redis).WaitFor(redis).WithReference(auth).WaitFor(auth)
            .WithEnvironment("Parameters__web-origins", "http://localhost:3000");
        _application = builder.Build();
        await _application.StartAsync();
        await _application.WaitForHealthyAsync(TimeSpan.FromSeconds(90));
    }

    public async ValueTask DisposeAsync()
    {
        if (_application is not null)
        {
            await _application.DisposeAsync();
        }
    }

    public HttpClient GatewayClient() => new() { BaseAddress = Gateway };

    /// <summary>Registers a new account through the gateway and returns its access token and id.</summary>
    public async Task<(string Token, Guid UserId, string Email)> NewUserAsync(HttpClient? client = null)
    {
        using var owned = client is null ? GatewayClient() : null;
        var email = $"user-{Guid.NewGuid():N}@example.com";
        using var response = await (client ?? owned!).PostAsJsonAsync("/api/v1/auth/register",
            new { email, password = "Correct-Horse-Battery-9", first_name = "Grace", last_name = "Hopper", language = "en" }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var session = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return (session.GetProperty("access_token").GetString()!, session.GetProperty("user").GetProperty("id").GetGuid(), email);
    }

    public async Task<string> AdminTokenAsync()
    {
        using var client = GatewayClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = AdminEmail, password = AdminPassword }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("access_token").GetString()!;
    }
}
