using HarAcademy.Courses.Data;
using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HarAcademy.Courses.Catalog;

/// <summary>
/// Catalog pages and course pages through HybridCache: this process's memory first, Redis second, PostgreSQL last.
/// Every change of a course drops every catalog page and that course's page: locally, in Redis (HybridCache's tags),
/// and in the other replicas' memory (a notice on <see cref="InvalidationChannel"/>). With Redis down, reads fall
/// through to PostgreSQL and memory entries expire quickly, so answers stay right.
/// </summary>
public sealed class CatalogCache(HybridCache cache, IConnectionMultiplexer redis, IOptions<JsonOptions> json, ILogger<CatalogCache> logger)
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

    /// <summary>A catalog page as the JSON it is answered with: a hit costs no query, no object and no serialization.</summary>
    public ValueTask<CachedJson> PageAsync(CatalogRequest request, Func<CancellationToken, ValueTask<CatalogPage>> load, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(request.CacheKey(), async token => CachedJson.Of(await load(token), json.Value.SerializerOptions),
            Entries, [CatalogTag], cancellationToken);

    /// <summary>A course page, with its JSON; null for no such course.</summary>
    public ValueTask<CachedCourse?> CourseAsync(Guid courseId, Func<CancellationToken, ValueTask<CourseDetail?>> load, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync($"course:v2:{courseId}", async token => await load(token) is { } detail
                ? new CachedCourse { Status = detail.Status, InstructorId = detail.InstructorId, Json = CachedJson.Of(detail, json.Value.SerializerOptions) }
                : null,
            Entries, [CatalogTag, CourseTag(courseId)], cancellationToken);

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

/// <summary>
/// A response body, serialized once. Immutable (HybridCache then hands out the same instance from memory instead of
/// deserializing a copy per hit).
/// </summary>
[ImmutableObject(true)]
public sealed class CachedJson
{
    public required byte[] Utf8 { get; init; }

    public static CachedJson Of<T>(T value, JsonSerializerOptions options) => new() { Utf8 = JsonSerializer.SerializeToUtf8Bytes(value, options) };

    public IResult Result() => Results.Bytes(Utf8, "application/json; charset=utf-8");
}

/// <summary>A course page's JSON with what deciding who may see it needs.</summary>
[ImmutableObject(true)]
public sealed class CachedCourse
{
    public required string Status { get; init; }
    public required Guid InstructorId { get; init; }
    public required CachedJson Json { get; init; }
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
