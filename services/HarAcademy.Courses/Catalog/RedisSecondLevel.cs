using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HarAcademy.Courses.Catalog;

/// <summary>
/// HybridCache's second level (Redis, through Microsoft's RedisCache), skipped while the multiplexer is disconnected:
/// a cache that is down must cost nothing, and each call would otherwise wait for Redis's timeout before the catalog
/// falls back to PostgreSQL. Reads then miss, writes and removals are dropped (the memory level still works, and its
/// short expiry bounds what another replica may miss). Written here because no obtainable package wraps a distributed
/// cache this way.
/// </summary>
public sealed class RedisSecondLevel(IOptions<RedisCacheOptions> options, IConnectionMultiplexer redis, ILogger<RedisSecondLevel> logger) : IDistributedCache
{
    private readonly RedisCache _redis = new(options);
    private long _lastWarning;

    public byte[]? Get(string key) => Available() ? Guard(() => _redis.Get(key)) : null;

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        Available() ? await GuardAsync(() => _redis.GetAsync(key, token)) : null;

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        if (Available())
        {
            Guard(() => { _redis.Set(key, value, options); return true; });
        }
    }

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        if (Available())
        {
            await GuardAsync(async () => { await _redis.SetAsync(key, value, options, token); return true; });
        }
    }

    public void Refresh(string key)
    {
        if (Available())
        {
            Guard(() => { _redis.Refresh(key); return true; });
        }
    }

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        if (Available())
        {
            await GuardAsync(async () => { await _redis.RefreshAsync(key, token); return true; });
        }
    }

    public void Remove(string key)
    {
        if (Available())
        {
            Guard(() => { _redis.Remove(key); return true; });
        }
    }

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        if (Available())
        {
            await GuardAsync(async () => { await _redis.RemoveAsync(key, token); return true; });
        }
    }

    private bool Available()
    {
        if (redis.IsConnected)
        {
            return true;
        }

        // Once a minute at most: an outage is one fact, not one line per request.
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastWarning);
        if (now - last > 60_000 && Interlocked.CompareExchange(ref _lastWarning, now, last) == last)
        {
            logger.LogWarning("Redis is unreachable: the catalog cache works from memory and PostgreSQL until it is back");
        }

        return false;
    }

    private T? Guard<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            return default;
        }
    }

    private async Task<T?> GuardAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            return default;
        }
    }
}
