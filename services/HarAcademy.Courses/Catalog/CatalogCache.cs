using HarAcademy.Courses.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using StackExchange.Redis;

namespace HarAcademy.Courses.Catalog;

/// <summary>
/// Catalog pages and course pages through HybridCache: this process's memory first, Redis second, PostgreSQL last.
/// Every change of a course drops every catalog page and that course's page: locally, in Redis (HybridCache's tags),
/// and in the other replicas' memory (a notice on <see cref="InvalidationChannel"/>). With Redis down, reads fall
/// through to PostgreSQL and memory entries expire quickly, so answers stay right.
/// </summary>
public sealed class CatalogCache(HybridCache cache, IConnectionMultiplexer redis, ILogger<CatalogCache> logger)
{
    public static readonly RedisChannel InvalidationChannel = RedisChannel.Literal("har:courses:cache-invalidated");
    private const string CatalogTag = "catalog";

    private static readonly HybridCacheEntryOptions Entries = new()
    {
        Expiration = TimeSpan.FromMinutes(10),
        // Short in memory: a replica that missed a notice (Redis down) serves a stale page for a few seconds at most.
        LocalCacheExpiration = TimeSpan.FromSeconds(5),
    };

    private static string CourseTag(Guid courseId) => $"course:{courseId}";

    public ValueTask<CatalogPage> PageAsync(CatalogRequest request, Func<CancellationToken, ValueTask<CatalogPage>> load, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(request.CacheKey(), load, Entries, [CatalogTag], cancellationToken);

    public ValueTask<CourseDetail?> CourseAsync(Guid courseId, Func<CancellationToken, ValueTask<CourseDetail?>> load, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync($"course:v1:{courseId}", load, Entries, [CatalogTag, CourseTag(courseId)], cancellationToken);

    /// <summary>After a committed change of <paramref name="courseId"/> (its content, status, counts or rating).</summary>
    public async Task InvalidateAsync(Guid courseId)
    {
        await DropLocallyAsync(courseId);
        if (!redis.IsConnected)
        {
            return; // the other replicas' memory entries expire within LocalCacheExpiration
        }

        try
        {
            await redis.GetSubscriber().PublishAsync(InvalidationChannel, courseId.ToString());
        }
        catch (RedisException exception)
        {
            logger.LogWarning("Cache invalidation of course {CourseId} not announced to other replicas: {Error}", courseId, exception.Message);
        }
    }

    internal async Task DropLocallyAsync(Guid courseId)
    {
        try
        {
            await cache.RemoveByTagAsync([CatalogTag, CourseTag(courseId)]);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning("Cache invalidation of course {CourseId} reached memory only: {Error}", courseId, exception.Message);
        }
    }
}

/// <summary>Drops this replica's memory entries when another replica announces a change.</summary>
internal sealed class CatalogCacheInvalidations(IConnectionMultiplexer redis, IServiceProvider services) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The multiplexer restores the subscription itself after a reconnect; until Redis is first reachable, retry.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await redis.GetSubscriber().SubscribeAsync(CatalogCache.InvalidationChannel, (channel, message) =>
                {
                    if (Guid.TryParse((string?)message, out var courseId))
                    {
                        _ = services.GetRequiredService<CatalogCache>().DropLocallyAsync(courseId);
                    }
                });
                return;
            }
            catch (RedisException)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }
}

public static class CatalogCacheExtensions
{
    public static IServiceCollection AddCatalogCache(this IServiceCollection services)
    {
        // Redis as HybridCache's second level, over the multiplexer Aspire's client integration registered.
        services.AddOptions<Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions>()
            .Configure<IConnectionMultiplexer>((options, multiplexer) => options.ConnectionMultiplexerFactory = () => Task.FromResult(multiplexer));
        services.AddSingleton<Microsoft.Extensions.Caching.Distributed.IDistributedCache, RedisSecondLevel>();
        services.AddHybridCache();
        services.AddSingleton<CatalogCache>();
        services.AddScoped<CatalogQuery>();
        services.AddHostedService<CatalogCacheInvalidations>();
        return services;
    }
}
