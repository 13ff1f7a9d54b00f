using System.Threading.RateLimiting;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace HarAcademy.Gateway;

/// <summary>
/// Request limits at the edge, counted in Redis (<see cref="SharedWindowCounters"/>) so every gateway replica shares
/// them; partitioned by user id when signed in, by client IP otherwise; stricter on <c>/api/v1/auth</c> (password
/// guessing, sign-up floods), a budget of their own for payment webhooks. When Redis is unreachable each replica counts alone and its health says so.
/// </summary>
public static class GatewayRateLimiting
{
    public const string PolicyName = "edge";

    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("Gateway:RateLimit");
        var window = limits.GetValue("Window", TimeSpan.FromMinutes(1));
        var perUser = limits.GetValue("PerUser", 600);
        var perAnonymousIp = limits.GetValue("PerAnonymousIp", 300);
        var authPerIp = limits.GetValue("AuthPerIp", 60);
        // Stripe delivers webhooks from a handful of addresses, in bursts (a refund run, a month's renewals): their own
        // budget, so that neither a burst is turned away by the visitors' limit nor visitors by a burst.
        var webhooksPerIp = limits.GetValue("WebhooksPerIp", 6000);

        services.AddRateLimiter(options =>
        {
            options.AddPolicy(PolicyName, context =>
            {
                var ip = context.ClientIp();
                var userId = context.User.Identity?.IsAuthenticated == true ? context.User.Subject() : null;
                var path = context.Request.Path;
                var (key, limit) = path.StartsWithSegments("/api/v1/auth") ? ($"auth-ip:{ip}", authPerIp)
                    : path.StartsWithSegments("/api/v1/payments/webhooks") ? ($"webhook-ip:{ip}", webhooksPerIp)
                    : userId is not null ? ($"user:{userId}", perUser) : ($"ip:{ip}", perAnonymousIp);

                return RateLimitPartition.Get(key, partition => new SharedWindowLimiter(
                    context.RequestServices.GetRequiredService<SharedWindowCounters>(), partition, limit, window,
                    context.RequestServices.GetRequiredService<TimeProvider>()));
            });

            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString();
                await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too Many Requests",
                        Detail = $"Request limit reached. Try again in {seconds} seconds.",
                    },
                });
            };
        });
        services.AddSingleton<SharedWindowCounters>();
        services.AddHostedService(provider => provider.GetRequiredService<SharedWindowCounters>());
        services.AddHealthChecks().AddCheck<RateLimiterStoreHealthCheck>("rate-limiter-store");
        return services;
    }
}
