using System.Collections.Concurrent;
using StackExchange.Redis;

namespace HarAcademy.Gateway;

/// <summary>
/// Fixed-window request counters shared by every gateway replica through Redis, without a Redis round trip on most
/// requests. Far from a limit (under half of it, as this replica last saw the shared count) a request is counted
/// locally and the local counts are added to Redis every 100 ms; near the limit every request adds itself to Redis
/// at once and the decision uses the shared total, so limits hold exactly where they matter. The cost: while under
/// half the limit, replicas learn each other's counts up to 100 ms late.
/// Written by hand because the obtainable Redis limiter (RedisRateLimiting) makes one Redis call per request, which
/// measured at about a fifth of the gateway's throughput on this machine.
/// Without Redis, decisions fall back to this replica's own counts (the health check reports it).
/// </summary>
public sealed class SharedWindowCounters(IConnectionMultiplexer redis, TimeProvider clock, ILogger<SharedWindowCounters> logger) : BackgroundService
{
    private const double FastPathShare = 0.5;
    private static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(100);

    // INCRBY, and start the key's expiry when this call created it.
    private static readonly LuaScript Increment = LuaScript.Prepare(
        "local total = redis.call('INCRBY', @key, @amount) if total == tonumber(@amount) then redis.call('PEXPIRE', @key, @ttl) end return total");

    private readonly ConcurrentDictionary<string, Counter> _counters = new();

    private sealed class Counter
    {
        public readonly Lock Gate = new();
        public long Window;
        public TimeSpan WindowLength;
        public long Known;
        public long Pending;
    }

    /// <summary>Counts a request locally if that is safely under the limit; false means: ask <see cref="TakeAsync"/>.</summary>
    public bool TryTakeLocally(string key, int limit, TimeSpan window)
    {
        var counter = Current(key, window);
        lock (counter.Gate)
        {
            if (counter.Known + counter.Pending + 1 > limit * FastPathShare)
            {
                return false;
            }

            counter.Pending++;
            return true;
        }
    }

    /// <summary>Counts a request in Redis now (with any local counts) and decides on the shared total.</summary>
    public async ValueTask<(bool Allowed, TimeSpan RetryAfter)> TakeAsync(string key, int limit, TimeSpan window)
    {
        var counter = Current(key, window);
        long amount, windowIndex;
        lock (counter.Gate)
        {
            amount = counter.Pending + 1;
            counter.Pending = 0;
            windowIndex = counter.Window;
        }

        var retryAfter = RetryAfter(windowIndex, window);
        try
        {
            if (!redis.IsConnected)
            {
                // Do not make the request wait for a connect timeout: decide locally at once.
                throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis is not connected.");
            }

            var total = await IncrementAsync(key, windowIndex, amount, window);
            lock (counter.Gate)
            {
                if (counter.Window == windowIndex)
                {
                    counter.Known = Math.Max(counter.Known, total);
                }
            }

            return (total <= limit, retryAfter);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            lock (counter.Gate)
            {
                counter.Pending += amount;
                return (counter.Known + counter.Pending <= limit, retryAfter);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Real time, not the injected clock: the flush cadence is plumbing.
        using var timer = new PeriodicTimer(FlushInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            if (!redis.IsConnected)
            {
                continue;
            }

            try
            {
                await FlushAsync();
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                logger.LogDebug(exception, "Rate-limit counters not flushed; retrying");
            }
        }
    }

    private async Task FlushAsync()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, counter) in _counters)
        {
            long amount, windowIndex;
            TimeSpan window;
            lock (counter.Gate)
            {
                window = counter.WindowLength;
                if (counter.Window != WindowIndex(now, window))
                {
                    _counters.TryRemove(key, out _); // a past window: nothing left to decide with it
                    continue;
                }

                (amount, windowIndex) = (counter.Pending, counter.Window);
                counter.Pending = 0;
            }

            if (amount == 0)
            {
                continue;
            }

            try
            {
                var total = await IncrementAsync(key, windowIndex, amount, window);
                lock (counter.Gate)
                {
                    counter.Known = Math.Max(counter.Known, total);
                }
            }
            catch
            {
                lock (counter.Gate)
                {
                    counter.Pending += amount;
                }

                throw;
            }
        }
    }

    private async Task<long> IncrementAsync(string key, long windowIndex, long amount, TimeSpan window) =>
        (long)await redis.GetDatabase().ScriptEvaluateAsync(Increment, new
        {
            key = (RedisKey)$"ratelimit:{key}:{windowIndex}",
            amount,
            ttl = (long)(window.TotalMilliseconds * 2),
        });

    private Counter Current(string key, TimeSpan window)
    {
        var index = WindowIndex(clock.GetUtcNow(), window);
        // The factory takes its state as an argument: no closure allocated on every request.
        var counter = _counters.GetOrAdd(key, static (_, state) => new Counter { Window = state.index, WindowLength = state.window }, (index, window));
        lock (counter.Gate)
        {
            if (counter.Window != index)
            {
                (counter.Window, counter.WindowLength, counter.Known, counter.Pending) = (index, window, 0, 0);
            }
        }

        return counter;
    }

    private static long WindowIndex(DateTimeOffset time, TimeSpan window) => time.ToUnixTimeMilliseconds() / (long)window.TotalMilliseconds;

    private TimeSpan RetryAfter(long windowIndex, TimeSpan window) =>
        DateTimeOffset.FromUnixTimeMilliseconds((windowIndex + 1) * (long)window.TotalMilliseconds) - clock.GetUtcNow();
}
