using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace HarAcademy.AppHost.Tests.Infrastructure;

/// <summary>What the AppHost knows of a resource right now (state, process id, properties), as the dashboard shows it.</summary>
public static class ResourceState
{
    /// <summary>The current snapshot of the single replica of <paramref name="resourceName"/>.</summary>
    public static async Task<ResourceEvent> CurrentAsync(this DistributedApplication application, string resourceName)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(10));
        await foreach (var update in application.ResourceNotifications.WatchAsync(deadline.Token))
        {
            if (update.Resource.Name == resourceName && application.ResourceNotifications.TryGetCurrentState(update.ResourceId, out var current))
            {
                return current;
            }
        }

        throw new InvalidOperationException($"No state for '{resourceName}'.");
    }

    public static object? Property(this ResourceEvent resource, string name) =>
        resource.Snapshot.Properties.FirstOrDefault(property => property.Name == name)?.Value;

    /// <summary>The process id (never 0: <c>kill 0</c> would signal the test run's own process group).</summary>
    public static int ProcessId(this ResourceEvent resource) =>
        Convert.ToInt32(resource.Property("executable.pid")) is > 0 and var pid ? pid : throw new InvalidOperationException($"{resource.ResourceId} has no process.");

    public static string? Environment(this ResourceEvent resource, string name) =>
        resource.Snapshot.EnvironmentVariables.FirstOrDefault(variable => variable.Name == name)?.Value;
}
