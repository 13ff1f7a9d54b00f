using StackExchange.Redis;

namespace HarAcademy.Auth.Security;

/// <summary>
/// A fixed-window counter: <see cref="Limit"/> hits per <see cref="Window"/>, the window opening at the first hit
/// (and, with <see cref="RestartAtLimit"/>, again at the hit that reaches the limit: a lockout runs from then). With
/// <see cref="EscalateUpTo"/>, each lockout within a day lasts twice the previous one, up to that length.
/// </summary>
public readonly record struct Counter(string Key, int Limit, TimeSpan Window, bool RestartAtLimit = false, TimeSpan? EscalateUpTo = null)
{
    /// <summary>The key that remembers how many lockouts this counter has had in the last day.</summary>
    public string LockoutsKey => LockoutsKeyOf(Key);

    public static string LockoutsKeyOf(string key) => key + ":lockouts";

    public static readonly TimeSpan LockoutMemory = TimeSpan.FromDays(1);
}

/// <summary>
/// Counters shared by every auth replica through Redis, taken atomically: a request is counted before the work it
/// limits (a password check), so no number of parallel requests gets more checks than the limit. When Redis is
/// unreachable, this replica counts alone, at once (no request waits for a Redis timeout), and says so in
/// <see cref="Shared"/>, which the health check reports.
/// </summary>
public sealed class ThrottleCounters(IConnectionMultiplexer redis, TimeProvider clock)
{
    // KEYS: the n counters, then each one's lockouts key. First pass: if any counter is at its limit, nothing is
    // written (a refused request costs nothing, and starts no lockout) and the longest remaining window is returned.
    // Second pass: INCR each, opening its window at the first hit or restarting it at the limit, escalated by the
    // lockouts of the last day.
    private const string TakeScript =
        """
        local n = #KEYS / 2
        local wait = -1
        for i = 1, n do
          local count = tonumber(redis.call('GET', KEYS[i]) or '0')
          if count + 1 > tonumber(ARGV[4*i-3]) then wait = math.max(wait, redis.call('PTTL', KEYS[i]), 0) end
        end
        if wait >= 0 then return wait end
        for i = 1, n do
          local limit, window, restart, cap = tonumber(ARGV[4*i-3]), tonumber(ARGV[4*i-2]), ARGV[4*i-1] == '1', tonumber(ARGV[4*i])
          local count = redis.call('INCR', KEYS[i])
          if restart and count == limit then
            if cap > window then
              local lockouts = redis.call('INCR', KEYS[n+i])
              redis.call('PEXPIRE', KEYS[n+i], ARGV[#ARGV])
              window = math.min(window * math.pow(2, lockouts - 1), cap)
            end
            redis.call('PEXPIRE', KEYS[i], math.floor(window))
          elseif count == 1 then
            redis.call('PEXPIRE', KEYS[i], window)
          end
        end
        return -1
        """;

    private readonly LocalCounters _local = new(clock);

    /// <summary>Whether counts are shared with the other replicas right now (false: Redis is unreachable).</summary>
    public bool Shared => redis.IsConnected;

    /// <summary>Counts one hit on every counter, or none when one of them is at its limit: then, how long to wait.</summary>
    public async Task<TimeSpan?> TryTakeAsync(params Counter[] counters)
    {
        if (Shared)
        {
            try
            {
                return await TakeInRedisAsync(counters);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                // Fall through: decide locally rather than fail the request.
            }
        }

        return _local.TryTake(counters);
    }

    /// <summary>Gives back one hit (a reservation that turned out not to count, like a successful sign-in from an address).</summary>
    public Task ReleaseAsync(string key) => RunAsync(database => database.StringDecrementAsync(key), () => _local.Release(key));

    /// <summary>Forgets a counter and its past lockouts (an account's failures, after a successful sign-in).</summary>
    public Task ClearAsync(string key) =>
        RunAsync(database => database.KeyDeleteAsync([key, Counter.LockoutsKeyOf(key)]), () => _local.Clear(key));

    private async Task<TimeSpan?> TakeInRedisAsync(Counter[] counters)
    {
        var wait = (long)await redis.GetDatabase().ScriptEvaluateAsync(TakeScript,
            [.. counters.Select(counter => (RedisKey)counter.Key), .. counters.Select(counter => (RedisKey)counter.LockoutsKey)],
            [
                .. counters.SelectMany(counter => new RedisValue[]
                {
                    counter.Limit, (long)counter.Window.TotalMilliseconds, counter.RestartAtLimit ? "1" : "0", (long)(counter.EscalateUpTo ?? TimeSpan.Zero).TotalMilliseconds,
                }),
                (long)Counter.LockoutMemory.TotalMilliseconds,
            ]);
        return wait < 0 ? null : TimeSpan.FromMilliseconds(Math.Max(wait, 1000));
    }

    private async Task RunAsync(Func<IDatabase, Task> inRedis, Action locally)
    {
        if (Shared)
        {
            try
            {
                await inRedis(redis.GetDatabase());
                return;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
            }
        }

        locally();
    }
}
