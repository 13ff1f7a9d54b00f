using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HarAcademy.ServiceDefaults.Authentication;

public static class RevokedSessionsExtensions
{
    /// <summary>
    /// The local copy of revoked sessions, kept current from Redis (needs an <see cref="StackExchange.Redis.IConnectionMultiplexer"/>:
    /// Aspire's <c>AddRedisClient</c>), and a health check that says Degraded while it cannot be kept current.
    /// </summary>
    public static IServiceCollection AddRevokedSessions(this IServiceCollection services)
    {
        services.AddSingleton<RevokedSessions>();
        services.AddHostedService(provider => provider.GetRequiredService<RevokedSessions>());
        services.AddHealthChecks().AddCheck<RevokedSessionsHealthCheck>("revoked-sessions", failureStatus: HealthStatus.Degraded);
        return services;
    }

    /// <summary>For <see cref="JwtBearerEvents.OnTokenValidated"/>: a valid signature is not enough if the token's session has ended.</summary>
    public static Task RefuseEndedSessions(TokenValidatedContext context)
    {
        var sessionId = context.Principal?.FindFirst(RevokedSessions.SessionClaim)?.Value;
        if (sessionId is null)
        {
            context.Fail("The token names no session.");
        }
        else if (context.HttpContext.RequestServices.GetRequiredService<RevokedSessions>().IsRevoked(sessionId))
        {
            context.Fail("The token's session has ended.");
        }

        return Task.CompletedTask;
    }
}

/// <summary>Degraded while Redis cannot be read: tokens of sessions ended elsewhere may be accepted here until they expire.</summary>
internal sealed class RevokedSessionsHealthCheck(RevokedSessions sessions, StackExchange.Redis.IConnectionMultiplexer redis) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(sessions.Loaded && redis.IsConnected
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded("Redis is unreachable: sessions ended elsewhere are not known here until it is back."));
}
