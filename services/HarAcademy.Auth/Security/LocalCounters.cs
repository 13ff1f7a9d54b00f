namespace HarAcademy.Auth.Security;

/// <summary>The same fixed-window counters as <see cref="ThrottleCounters"/>'s Redis script, in this replica's memory: the fallback while Redis is down.</summary>
internal sealed class LocalCounters(TimeProvider clock)
{
    private readonly Dictionary<string, (long Count, DateTimeOffset Expires)> _counters = [];
    private readonly Lock _gate = new();

    public TimeSpan? TryTake(Counter[] counters)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var waits = counters
                .Select(counter => (counter, current: _counters.TryGetValue(counter.Key, out var value) && value.Expires > now ? value : (0L, now + counter.Window)))
                .Where(entry => entry.current.Item1 + 1 > entry.counter.Limit)
                .Select(entry => entry.current.Item2 - now)
                .ToArray();
            if (waits.Length > 0)
            {
                return waits.Max() < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : waits.Max();
            }

            foreach (var counter in counters)
            {
                var (count, expires) = _counters.TryGetValue(counter.Key, out var value) && value.Expires > now ? value : (0L, now + counter.Window);
                count++;
                if (counter.RestartAtLimit && count == counter.Limit)
                {
                    expires = now + Escalated(counter, now);
                }

                _counters[counter.Key] = (count, expires);
            }

            return null;
        }
    }

    private TimeSpan Escalated(Counter counter, DateTimeOffset now)
    {
        if (counter.EscalateUpTo is not { } cap || cap <= counter.Window)
        {
            return counter.Window;
        }

        var lockouts = _counters.TryGetValue(counter.LockoutsKey, out var past) && past.Expires > now ? past.Count + 1 : 1;
        _counters[counter.LockoutsKey] = (lockouts, now + Counter.LockoutMemory);
        var window = counter.Window * Math.Pow(2, Math.Min(lockouts - 1, 20));
        return window < cap ? window : cap;
    }

    public void Release(string key)
    {
        lock (_gate)
        {
            if (_counters.TryGetValue(key, out var value) && value.Count > 0)
            {
                _counters[key] = (value.Count - 1, value.Expires);
            }
        }
    }

    public void Clear(string key)
    {
        lock (_gate)
        {
            _counters.Remove(key);
            _counters.Remove(Counter.LockoutsKeyOf(key));
        }
    }
}
