using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace HarAcademy.Hosting.LocalProcesses.Postgres;

/// <summary>
/// Aspire follows a parent's state on its children only for containers; a local server's databases get theirs from
/// here: Starting with the server, Running once created (which starts their health monitoring), down with it.
/// </summary>
internal static class DatabaseStates
{
    public static async Task PublishAsync(IServiceProvider services, LocalPostgresResource server, string state, CancellationToken cancellationToken)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        var now = DateTime.UtcNow;
        foreach (var database in server.Databases)
        {
            await notifications.PublishUpdateAsync(database, snapshot => snapshot with
            {
                State = state,
                StartTimeStamp = state == KnownResourceStates.Running ? now : snapshot.StartTimeStamp,
                StopTimeStamp = state == KnownResourceStates.Running ? null : now,
            });
        }
    }

    /// <summary>The server's terminal state, unless it is already starting again (a restart's start can overtake its stop's event).</summary>
    public static Task PublishStoppedAsync(IServiceProvider services, LocalPostgresResource server, ResourceEvent stopped, CancellationToken cancellationToken)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        return notifications.TryGetCurrentState(stopped.ResourceId, out var current) && KnownResourceStates.TerminalStates.Contains(current.Snapshot.State?.Text)
            ? PublishAsync(services, server, current.Snapshot.State!.Text, cancellationToken)
            : Task.CompletedTask;
    }
}
