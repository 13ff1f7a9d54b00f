using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HarAcademy.Auth.Apis;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HarAcademy.Auth.Tests.Infrastructure;

/// <summary>
/// The auth service in-process (Development, with the dev mailbox enabled as the AppHost enables it in run mode) over its own fresh database and the shared
/// Redis, with a controllable clock. BCrypt runs at work factor 4 to keep the suite fast; one test checks 12 is the default.
/// </summary>
public sealed class AuthServiceHost(InfrastructureFixture infrastructure, IReadOnlyDictionary<string, string?>? settings = null, string environment = "Development",
    string? database = null) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@tests.har.academy";
    public const string AdminPassword = "Admin-Password-For-Tests-1";

    private readonly string _database = database ?? infrastructure.CreateDatabaseAsync().GetAwaiter().GetResult();

    /// <summary>This host's own database (another host can be started over it).</summary>
    public string Database => _database;

    /// <summary>A key-encryption key of this host's own, as the AppHost generates one per graph.</summary>
    public string KeyEncryptionKey { get; } = settings?.GetValueOrDefault("Auth:KeyEncryptionKey") ?? Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:authdb", _database);
        builder.UseSetting("ConnectionStrings:redis", infrastructure.RedisConnectionString);
        builder.UseSetting("Auth:BcryptWorkFactor", "4");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Seed:AdminEmail", AdminEmail);
        builder.UseSetting("Seed:AdminPassword", AdminPassword);
        builder.UseSetting("DevMailbox:Enabled", "true");
        builder.UseSetting("Auth:KeyEncryptionKey", KeyEncryptionKey);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, ClientIpFromTestHeader>();
        });
    }

    /// <summary>The newest email to <paramref name="email"/> in the development mailbox, read as it must be: from this machine, directly.</summary>
    public async Task<(string Subject, string Token)> LatestEmailAsync(string email)
    {
        using var local = CreateBrowser("127.0.0.1");
        var messages = await local.GetFromJsonAsync<JsonElement>($"{DevMailboxApi.Path}?to={Uri.EscapeDataString(email)}", TestContext.Current.CancellationToken);
        var latest = messages.EnumerateArray().First();
        var body = latest.GetProperty("body").GetString()!;
        var token = body[(body.IndexOf("token=", StringComparison.Ordinal) + 6)..].Trim();
        return (latest.GetProperty("subject").GetString()!, token);
    }

    /// <summary>A client that keeps cookies (the refresh token) and presents itself from <paramref name="ip"/>.</summary>
    public HttpClient CreateBrowser(string? ip = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ClientIpFromTestHeader.Header, ip ?? $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}");
        return client;
    }
}

/// <summary>The test server has no sockets, so tests say which client IP they come from (per-IP throttling).</summary>
internal sealed class ClientIpFromTestHeader : IStartupFilter
{
    public const string Header = "X-Test-Client-Ip";

    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        app.Use(nextMiddleware => context =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header], out var ip))
            {
                context.Connection.RemoteIpAddress = ip;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
