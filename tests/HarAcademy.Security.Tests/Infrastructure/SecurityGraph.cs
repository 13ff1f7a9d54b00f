using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

[assembly: AssemblyFixture(typeof(HarAcademy.Security.Tests.Infrastructure.SecurityGraph))]

namespace HarAcademy.Security.Tests.Infrastructure;

/// <summary>
/// The AppHost graph (PostgreSQL, Redis, auth, the gateway), started once: the attacks come through the public door.
/// The per-address limits are lifted (every test comes from 127.0.0.1); the per-account ones, under attack here, are not.
/// </summary>
public sealed class SecurityGraph : IAsyncLifetime
{
    public const string AdminEmail = "admin@security-tests.har.academy";
    public const string AdminPassword = "Security-Admin-Password-1";
    public const string GoodPassword = "Correct-Horse-Battery-9";

    /// <summary>Shortened from 10 s so that replaying a refresh token after it does not slow the suite.</summary>
    public static readonly TimeSpan RefreshReuseGrace = TimeSpan.FromSeconds(1);

    private TestGraph? _graph;

    public Uri Gateway { get; private set; } = null!;

    /// <summary>The auth service's own address: only the development mailbox is read there (as a developer on this machine would).</summary>
    public Uri Auth { get; private set; } = null!;

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DistributedApplication? _application;

    /// <summary>A service's own address (behind the gateway), for what only a direct call shows.</summary>
    public Uri Service(string name) => _application!.GetEndpoint(name, "http");

    public async ValueTask InitializeAsync()
    {
        _graph = (await TestGraph.CreateAsync(
            $"--Parameters:admin-email={AdminEmail}",
            $"--Parameters:admin-password={AdminPassword}"));
        _graph.Builder.CreateResourceBuilder<ProjectResource>("auth")
            .WithEnvironment("Auth__BcryptWorkFactor", "4")
            .WithEnvironment("Auth__RefreshReuseGrace", RefreshReuseGrace.ToString())
            .WithEnvironment("Auth__Throttle__MaxLoginAttemptsPerIp", "100000")
            .WithEnvironment("Auth__Throttle__MaxResetsPerIp", "100000");
        _graph.Builder.CreateResourceBuilder<ProjectResource>("gateway").WithEnvironment("Gateway__RateLimit__AuthPerIp", "100000");
        var application = _application = await _graph.StartAsync(TimeSpan.FromSeconds(120), "auth", "ai", "gateway");
        Gateway = application.GetEndpoint("gateway", "http");
        Auth = application.GetEndpoint("auth", "http");
    }

    public async ValueTask DisposeAsync()
    {
        if (_graph is not null)
        {
            await _graph.DisposeAsync();
        }
    }

    public HttpClient Client() => new() { BaseAddress = Gateway };

    public static string NewEmail(string prefix = "user") => $"{prefix}-{Guid.NewGuid():N}@example.com";

    public async Task<(string Token, Guid Id, string Email)> RegisterAsync(string? email = null)
    {
        using var client = Client();
        email ??= NewEmail();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/register",
            new { email, password = GoodPassword, first_name = "Grace", last_name = "Hopper", language = "en" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var session = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return (session.GetProperty("access_token").GetString()!, session.GetProperty("user").GetProperty("id").GetGuid(), email);
    }

    public async Task<HttpResponseMessage> LoginAsync(string email, string password, HttpClient? client = null)
    {
        using var owned = client is null ? Client() : null;
        return await (client ?? owned!).PostAsJsonAsync("/api/v1/auth/login", new { email, password }, Cancel);
    }

    public async Task<string> TokenAsync(string email, string password)
    {
        using var response = await LoginAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("access_token").GetString()!;
    }

    public Task<string> AdminTokenAsync() => TokenAsync(AdminEmail, AdminPassword);

    /// <summary>A second admin: a new account the seeded admin promotes. Returns its email (its password is <see cref="GoodPassword"/>).</summary>
    public async Task<(Guid Id, string Email)> NewAdminAsync()
    {
        var (_, id, email) = await RegisterAsync(NewEmail("admin"));
        using var promoted = await SendAsync(HttpMethod.Patch, $"/api/v1/users/{id}", await AdminTokenAsync(), new { role = "admin" });
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        return (id, email);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null, HttpClient? client = null)
    {
        using var owned = client is null ? Client() : null;
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await (client ?? owned!).SendAsync(request, Cancel);
    }

    /// <summary>The token of the newest email to <paramref name="email"/> with <paramref name="subjectPart"/>, read on auth's own address.</summary>
    public async Task<string> LatestLinkTokenAsync(string email)
    {
        using var local = new HttpClient { BaseAddress = Auth };
        var messages = await local.GetFromJsonAsync<JsonElement>($"/api/v1/auth/dev/mailbox?to={Uri.EscapeDataString(email)}", Cancel);
        var body = messages.EnumerateArray().First().GetProperty("body").GetString()!;
        return body[(body.IndexOf("token=", StringComparison.Ordinal) + 6)..].Trim();
    }
}
