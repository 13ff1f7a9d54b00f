using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HarAcademy.Hosting.LocalProcesses;

internal static class ResourceServices
{
    /// <summary>The logger whose lines appear in the resource's console log in the dashboard.</summary>
    public static ILogger ResourceLog(this IServiceProvider services, IResource resource) =>
        services.GetRequiredService<ResourceLoggerService>().GetLogger(resource);
}

/// <summary>
/// Aspire follows a parent's state on its children only for containers; the children of a local process (a server's
/// databases) get theirs from here, and health monitoring of a child starts once it is Running.
/// </summary>
internal static class ChildState
{
    /// <summary>The server's terminal state, unless it is already starting again (a restart's start can overtake its stop's event).</summary>
    public static Task PublishStoppedAsync(IServiceProvider services, ResourceEvent stopped, IEnumerable<IResource> children, CancellationToken cancellationToken)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        return notifications.TryGetCurrentState(stopped.ResourceId, out var current) && KnownResourceStates.TerminalStates.Contains(current.Snapshot.State?.Text)
            ? PublishAsync(services, children, current.Snapshot.State!.Text, cancellationToken)
            : Task.CompletedTask;
    }

    public static async Task PublishAsync(IServiceProvider services, IEnumerable<IResource> children, string state, CancellationToken cancellationToken)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        var now = DateTime.UtcNow;
        foreach (var child in children)
        {
            await notifications.PublishUpdateAsync(child, snapshot => snapshot with
            {
                State = state,
                StartTimeStamp = state == KnownResourceStates.Running ? now : snapshot.StartTimeStamp,
                StopTimeStamp = state == KnownResourceStates.Running ? null : now,
            });
        }
    }
}
