using System.Collections.Concurrent;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.SignalR;

namespace HarAcademy.Gateway.Realtime;

/// <summary>
/// Closes a hub connection when the access token it was opened with expires, or when its session ends (sign-out,
/// password change, suspension…): a WebSocket is authenticated once, at connect, and would otherwise outlive both.
/// The client reconnects with a fresh token if it still has a session.
/// By hand rather than SignalR's CloseOnAuthenticationExpiration because both reasons share one registry, and
/// expiry follows the injected clock like every other token check.
/// </summary>
public sealed class LiveConnections : IDisposable
{
    private readonly ConcurrentDictionary<string, Live> _byConnection = new();
    private readonly TimeProvider _clock;
    private readonly RevokedSessions _revokedSessions;

    private sealed record Live(string? SessionId, HubCallerContext Context, ITimer? Expiry);

    public LiveConnections(TimeProvider clock, RevokedSessions revokedSessions)
    {
        _clock = clock;
        _revokedSessions = revokedSessions;
        _revokedSessions.Revoked += CloseSessions;
    }

    public void Opened(HubCallerContext context)
    {
        var sessionId = context.User?.FindFirst(RevokedSessions.SessionClaim)?.Value;
        if (!long.TryParse(context.User?.FindFirst("exp")?.Value, out var exp))
        {
            context.Abort();
            return;
        }

        var remaining = DateTimeOffset.FromUnixTimeSeconds(exp) - _clock.GetUtcNow();
        var timer = _clock.CreateTimer(static state => ((HubCallerContext)state!).Abort(), context,
            remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        // Registered before the check: a revocation arriving in between finds the connection either way.
        _byConnection[context.ConnectionId] = new Live(sessionId, context, timer);
        if (sessionId is null || _revokedSessions.IsRevoked(sessionId))
        {
            context.Abort();
        }
    }

    public void Closed(HubCallerContext context)
    {
        if (_byConnection.TryRemove(context.ConnectionId, out var live))
        {
            live.Expiry?.Dispose();
        }
    }

    /// <summary>Connections open here, for tests and diagnostics.</summary>
    public int Count => _byConnection.Count;

    private void CloseSessions(IReadOnlyList<string> sessionIds)
    {
        var ended = sessionIds.ToHashSet(StringComparer.Ordinal);
        foreach (var live in _byConnection.Values)
        {
            if (live.SessionId is { } id && ended.Contains(id))
            {
                live.Context.Abort();
            }
        }
    }

    public void Dispose() => _revokedSessions.Revoked -= CloseSessions;
}
