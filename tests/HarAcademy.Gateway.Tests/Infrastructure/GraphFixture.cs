using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

[assembly: AssemblyFixture(typeof(HarAcademy.Gateway.Tests.Infrastructure.GraphFixture))]

namespace HarAcademy.Gateway.Tests.Infrastructure;

/// <summary>
/// The AppHost graph with two gateway replicas (so the SignalR backplane and the shared limits have something to prove),
/// the real auth service, PostgreSQL and Redis, started once for the run. Tests talk to each replica at its own address.
/// </summary>
public sealed class GraphFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@gateway-tests.har.academy";
    public const string AdminPassword = "Gateway-Admin-Password-1";

    private TestGraph? _graph;
    private IReadOnlyList<Uri> _gateways = [];

    public string RedisConnectionString { get; private set; } = "";
    public Uri Auth { get; private set; } = null!;
    public Uri Gateway => _gateways[0];
    public Uri SecondGateway => _gateways[1];

    public async ValueTask InitializeAsync()
    {
        _graph = (await TestGraph.CreateAsync(
            "--Parameters:gateway-replicas=2",
            $"--Parameters:admin-email={AdminEmail}",
            $"--Parameters:admin-password={AdminPassword}",
            "--Parameters:web-origins=http://localhost:3000")).Without("ai", "chroma");
        // BCrypt at its cheapest: the suite signs up many users; the auth suite checks the real work factor.
        _graph.Builder.CreateResourceBuilder<ProjectResource>("auth").WithEnvironment("Auth__BcryptWorkFactor", "4");
        var application = await _graph.StartAsync(TimeSpan.FromSeconds(120), "auth", "gateway");
        RedisConnectionString = await _graph.ConnectionStringAsync("redis");
        Auth = application.GetEndpoint("auth", "http");
        _gateways = await _graph.ReplicaAddressesAsync("gateway", replicas: 2);
    }

    public async ValueTask DisposeAsync()
    {
        if (_graph is not null)
        {
            await _graph.DisposeAsync();
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
