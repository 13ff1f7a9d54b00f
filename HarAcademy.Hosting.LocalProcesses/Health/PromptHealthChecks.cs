using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aspire.Hosting;

public static class PromptHealthCheckExtensions
{
    /// <summary>
    /// Resources are seen healthy within a tenth of a second of becoming so. Aspire re-checks an unhealthy resource after
    /// 1 s, then 2, 3, 4 and 5 s, so a service that needs 6 s to start is seen at 10 s, and every <c>WaitFor</c> behind it
    /// waits too (measured here: the whole graph's cold start took about a third longer). Each health check of the AppHost
    /// (Aspire's own <c>WithHttpHealthCheck</c> included) instead keeps trying, every 100 ms, for up to
    /// <paramref name="patience"/> (5 s by default) before it reports Unhealthy; a healthy answer returns at once. The
    /// price: a resource that turns unhealthy while running is reported so up to <paramref name="patience"/> later (a
    /// process that exits is seen at once, by its state).
    /// </summary>
    public static IDistributedApplicationBuilder CheckHealthPromptly(this IDistributedApplicationBuilder builder, TimeSpan? patience = null)
    {
        var window = patience ?? TimeSpan.FromSeconds(5);
        builder.Services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            foreach (var registration in options.Registrations)
            {
                var inner = registration.Factory;
                registration.Factory = services => new PatientHealthCheck(inner(services), window);
            }
        });
        return builder;
    }

    private sealed class PatientHealthCheck(IHealthCheck inner, TimeSpan patience) : IHealthCheck
    {
        private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var deadline = DateTime.UtcNow + patience;
            while (true)
            {
                var result = await inner.CheckHealthAsync(context, cancellationToken);
                if (result.Status == HealthStatus.Healthy || DateTime.UtcNow + Interval >= deadline)
                {
                    return result;
                }

                await Task.Delay(Interval, cancellationToken);
            }
        }
    }
}
