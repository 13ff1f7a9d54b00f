using HarAcademy.Contracts.Notifications;
using HarAcademy.EventBus.Consumers;
using Microsoft.AspNetCore.SignalR;

namespace HarAcademy.Gateway.Realtime;

/// <summary>Keeps each <see cref="UserNotification"/> event in the user's feed and pushes it to that user's connections only.</summary>
public sealed class NotificationDelivery(NotificationStore store, IHubContext<NotificationHub> hub) : IIntegrationEventHandler<UserNotification>
{
    public async Task HandleAsync(UserNotification notification, CancellationToken cancellationToken)
    {
        var view = await store.AddAsync(notification);
        await hub.Clients.User(notification.UserId.ToString()).SendAsync(NotificationHub.NotificationMethod, view, cancellationToken);
    }
}
