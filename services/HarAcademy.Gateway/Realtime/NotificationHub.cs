using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace HarAcademy.Gateway.Realtime;

/// <summary>
/// The real-time channel (<c>/hubs/notifications</c>). Clients listen (and say <see cref="Ready"/> once): the server
/// sends <c>notification</c> messages to the connections of the user each notification is for, across replicas through
/// the Redis backplane.
/// </summary>
[Authorize]
public sealed class NotificationHub(LiveConnections live) : Hub
{
    public const string Path = "/hubs/notifications";
    public const string NotificationMethod = "notification";

    public override Task OnConnectedAsync()
    {
        live.Opened(Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Called by a client once connected: when it returns, this connection receives what is sent to its user. The
    /// handshake completes before the Redis backplane has subscribed the connection to its user's channel, and a message
    /// sent in between is lost; invocations are dispatched only after that subscription. So a client reads what it may
    /// have missed (its feed) after this call, not after the handshake.
    /// </summary>
    public Task Ready() => Task.CompletedTask;

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        live.Closed(Context);
        return Task.CompletedTask;
    }
}

/// <summary>SignalR addresses users by our tokens' <c>sub</c> claim (the default looks for a .NET name-identifier claim).</summary>
public sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) => connection.User.Subject();
}
