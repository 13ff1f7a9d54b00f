using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HarAcademy.Auth.Security;

/// <summary>Degraded while Redis is unreachable: sign-in still works, throttled by this replica's own counts.</summary>
internal sealed class ThrottleStoreHealthCheck(ThrottleCounters counters) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(counters.Shared
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded("Redis is unreachable: sign-in attempts are counted by this replica alone."));
}
