using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace HarAcademy.Gateway;

/// <summary>Degraded (still serving) when limits are counted per replica because Redis is unreachable.</summary>
internal sealed class RateLimiterStoreHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(redis.IsConnected
            ? HealthCheckResult.Healthy("Rate limits are shared through Redis.")
            : HealthCheckResult.Degraded("Redis is unreachable: rate limits are counted by this replica alone."));
}
