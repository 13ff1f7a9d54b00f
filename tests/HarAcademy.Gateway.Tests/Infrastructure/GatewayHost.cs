using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace HarAcademy.Gateway.Tests.Infrastructure;

/// <summary>
/// A gateway in-process, pointed at the real auth service and Redis, with its own settings and, when asked, a fake
/// clock (only then: YARP's health-probe scheduler runs on the same TimeProvider and would freeze with it).
/// </summary>
public sealed class GatewayHost(GraphFixture graph, IReadOnlyDictionary<string, string?>? settings = null, bool fakeClock = false) : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:redis", graph.RedisConnectionString);
        builder.UseSetting("services:auth:http:0", graph.Auth.ToString().TrimEnd('/'));
        builder.UseSetting("Auth:RequireHttpsMetadata", "false"); // Production, but auth is on loopback HTTP here
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (fakeClock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
