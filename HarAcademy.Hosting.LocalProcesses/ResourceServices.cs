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
