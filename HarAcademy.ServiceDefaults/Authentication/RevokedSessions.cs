using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace HarAcademy.ServiceDefaults.Authentication;

/// <summary>
/// Sessions whose access tokens must stop working before they expire: signed out, reused refresh token, password
/// changed or reset, role changed, suspended, deleted. Every access token names its session (<c>sid</c>: the refresh
/// token family it came from), and every process that checks tokens refuses one whose session is here.
/// <para>
/// Redis holds the truth (one key per session, expiring when the last token the session could have issued has
/// expired) and announces each revocation on a channel; every process keeps its own copy, loaded at start and
/// after each reconnection, and updated from the channel. So checking a token is a dictionary lookup, not a
/// Redis round trip per request (the gateway's throughput depends on it). The announcement leaves Redis before the
/// revoking request's answer does: other processes learn of it within moments of that answer (a client racing it
/// to another replica could be accepted for a few milliseconds). While Redis is unreachable the check fails open
/// for sessions ended elsewhere (health says Degraded); revocations made meanwhile are announced when it is back.
/// </para>
/// Written by hand: no obtainable library keeps a token deny-list shared through Redis.
/// </summary>
public sealed class RevokedSessions(IConnectionMultiplexer redis, TimeProvider clock, ILogger<RevokedSessions> logger) : BackgroundService
{
    public const string SessionClaim = "sid";
    private const string KeyPrefix = "har:sessions:revoked:";
    private static readonly RedisChannel Channel = RedisChannel.Literal("har:sessions:revoked");
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    // Sets every key with its expiry, then announces them all in one message: "ttl-ms sid sid …".
    private static readonly LuaScript Record = LuaScript.Prepare(
        "for _, key in ipairs(KEYS) do redis.call('SET', key, '1', 'PX', ARGV[1]) end redis.call('PUBLISH', ARGV[2], ARGV[3]) return #KEYS");

    // Session id → when the revocation can be forgotten (Unix ms).
    private readonly ConcurrentDictionary<string, long> _revoked = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _unannounced = new(StringComparer.Ordinal);
    private volatile bool _loaded;

    /// <summary>Raised with the session ids as each revocation becomes known here (live connections close on it).</summary>
    public event Action<IReadOnlyList<string>>? Revoked;

    /// <summary>False until the revocations recorded in Redis have been read (Redis unreachable since start).</summary>
    public bool Loaded => _loaded;

    public bool IsRevoked(string sessionId) =>
        _revoked.TryGetValue(sessionId, out var until) && until > clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>
    /// Ends <paramref name="sessionIds"/> everywhere, for <paramref name="keepFor"/> (the longest an access token of theirs
    /// can still be valid). Known here at once; recorded in Redis and announced to every other process before this returns.
    /// </summary>
    public async Task RevokeAsync(IReadOnlyCollection<string> sessionIds, TimeSpan keepFor)
    {
        if (sessionIds.Count == 0)
        {
            return;
        }

        var until = clock.GetUtcNow().Add(keepFor).ToUnixTimeMilliseconds();
        Remember(sessionIds, until);
        if (!await TryAnnounceAsync(sessionIds, keepFor))
        {
            foreach (var id in sessionIds)
            {
                _unannounced[id] = until;
            }

            logger.LogError("Ended sessions could not be recorded in Redis; other processes accept their access tokens until Redis is back (announced then) or they expire");
        }
    }

    private async Task<bool> TryAnnounceAsync(IReadOnlyCollection<string> sessionIds, TimeSpan keepFor)
    {
        // Without a connection the client would queue the command until its timeout (seconds): the caller must not wait.
        if (!redis.IsConnected)
        {
            return false;
        }

        try
        {
            var ttl = (long)keepFor.TotalMilliseconds;
            await redis.GetDatabase().ScriptEvaluateAsync(Record.ExecutableScript,
                sessionIds.Select(id => (RedisKey)(KeyPrefix + id)).ToArray(),
                [ttl, Channel.ToString(), $"{ttl} {string.Join(' ', sessionIds)}"]);
            return true;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Revocations made here while Redis was down, announced when it is back.</summary>
    private async Task AnnounceMissedAsync()
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var group in _unannounced.Where(entry => entry.Value > now).GroupBy(entry => entry.Value))
        {
            var ids = group.Select(entry => entry.Key).ToList();
            if (await TryAnnounceAsync(ids, TimeSpan.FromMilliseconds(group.Key - now)))
            {
                foreach (var id in ids)
                {
                    _unannounced.TryRemove(id, out _);
                }
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        redis.ConnectionRestored += (_, args) =>
        {
            if (args.ConnectionType == ConnectionType.Interactive)
            {
                // Announcements sent while disconnected were missed; those made here were not sent.
                _ = Task.Run(() => CatchUpAsync(stoppingToken), stoppingToken);
            }
        };
        // Once: the client keeps the subscription even when this first attempt fails, and renews it on reconnection.
        await TrySubscribeAsync();
        await CatchUpAsync(stoppingToken);

        using var sweep = new PeriodicTimer(SweepInterval, clock);
        while (await sweep.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            Forget(_revoked, now);
            Forget(_unannounced, now);
            if (!_loaded || !_unannounced.IsEmpty)
            {
                await CatchUpAsync(stoppingToken); // a load or an announcement that failed earlier
            }
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await AnnounceMissedAsync();
        await LoadAsync(cancellationToken);
    }

    private static void Forget(ConcurrentDictionary<string, long> sessions, long now)
    {
        foreach (var (id, until) in sessions)
        {
            if (until <= now)
            {
                sessions.TryRemove(new KeyValuePair<string, long>(id, until));
            }
        }
    }

    private async Task TrySubscribeAsync()
    {
        try
        {
            await redis.GetSubscriber().SubscribeAsync(Channel, (_, message) => OnAnnounced(message));
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning("Not yet subscribed to session revocations ({Error}); the subscription is made when Redis is reachable", exception.Message);
        }
    }

    private void OnAnnounced(RedisValue message)
    {
        var parts = message.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !long.TryParse(parts[0], out var ttl))
        {
            logger.LogWarning("Ignored a malformed session revocation announcement");
            return;
        }

        Remember(parts[1..], clock.GetUtcNow().ToUnixTimeMilliseconds() + ttl);
    }

    private void Remember(IReadOnlyCollection<string> sessionIds, long until)
    {
        foreach (var id in sessionIds)
        {
            _revoked.AddOrUpdate(id, until, (_, known) => Math.Max(known, until));
        }

        Revoked?.Invoke(sessionIds as IReadOnlyList<string> ?? sessionIds.ToList());
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (!redis.IsConnected)
        {
            return; // read when the connection is restored
        }

        try
        {
            var database = redis.GetDatabase();
            foreach (var endpoint in redis.GetEndPoints())
            {
                var server = redis.GetServer(endpoint);
                if (server.IsReplica)
                {
                    continue;
                }

                var batch = new List<RedisKey>();
                await foreach (var key in server.KeysAsync(pattern: KeyPrefix + "*", pageSize: 1000).WithCancellation(cancellationToken))
                {
                    batch.Add(key);
                    if (batch.Count == 1000)
                    {
                        await LoadBatchAsync(database, batch);
                        batch.Clear();
                    }
                }

                await LoadBatchAsync(database, batch);
            }

            _loaded = true;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning("Revoked sessions could not be read from Redis ({Error}); they are read again when it is back", exception.Message);
        }
    }

    private async Task LoadBatchAsync(IDatabase database, List<RedisKey> keys)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var ttls = await Task.WhenAll(keys.Select(key => database.KeyTimeToLiveAsync(key)));
        var loaded = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (ttls[i] is { } ttl)
            {
                var id = keys[i].ToString()[KeyPrefix.Length..];
                var until = now + (long)ttl.TotalMilliseconds;
                _revoked.AddOrUpdate(id, until, (_, known) => Math.Max(known, until));
                loaded.Add(id);
            }
        }

        if (loaded.Count > 0)
        {
            Revoked?.Invoke(loaded);
        }
    }
}
