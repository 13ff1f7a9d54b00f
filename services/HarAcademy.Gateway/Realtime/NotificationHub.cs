using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace HarAcademy.Gateway.Realtime;

/// <summary>
/// The real-time channel (<c>/hubs/notifications</c>). Clients only listen: the server sends <c>notification</c>
/// messages to the connections of the user each notification is for, across replicas through the Redis backplane.
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
