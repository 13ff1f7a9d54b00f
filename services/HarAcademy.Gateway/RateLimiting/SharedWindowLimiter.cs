using System.Threading.RateLimiting;

namespace HarAcademy.Gateway;

/// <summary>
/// One partition's limiter (a user, or an IP) over <see cref="SharedWindowCounters"/>. The rate-limiting middleware
/// first tries <see cref="AttemptAcquireCore"/> (local, synchronous) and only awaits <see cref="AcquireAsyncCore"/>
/// (a Redis round trip) when that declines.
/// </summary>
internal sealed class SharedWindowLimiter(SharedWindowCounters counters, string key, int limit, TimeSpan window, TimeProvider clock) : RateLimiter
{
    private long _lastUsed = clock.GetTimestamp();

    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        Interlocked.Exchange(ref _lastUsed, clock.GetTimestamp());
        return permitCount == 1 && counters.TryTakeLocally(key, limit, window) ? Lease.Granted : Lease.NotYet;
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, clock.GetTimestamp());
        var (allowed, retryAfter) = await counters.TakeAsync(key, limit, window);
        return allowed ? Lease.Granted : new Lease(false, retryAfter);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);
        public static readonly Lease NotYet = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
