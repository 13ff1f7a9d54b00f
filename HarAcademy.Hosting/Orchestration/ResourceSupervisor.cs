using HarAcademy.Hosting.Logs;
using HarAcademy.Hosting.Resources;

namespace HarAcademy.Hosting.Orchestration;

/// <summary>All replicas of one process resource, its log, and the task that starts it once its dependencies are healthy.</summary>
public sealed class ResourceSupervisor : IDisposable
{
    public ResourceSupervisor(ProcessResource resource, ResourceContext context, ResourceLog log, ConsoleEcho? echo)
    {
        Resource = resource;
        Log = log;
        Replicas = Enumerable.Range(0, resource.Replicas)
            .Select(replica => new ReplicaRunner(resource, replica, context,
                () => Launch(resource, replica, context),
                (index, isError, text) =>
                {
                    log.Append(index, isError, text);
                    echo?.Write(resource.Name, index, text);
                }))
            .ToArray();
    }

    public ProcessResource Resource { get; }
    public ResourceLog Log { get; }
    public IReadOnlyList<ReplicaRunner> Replicas { get; }

    /// <summary>Completes when every replica has been started (not necessarily healthy yet).</summary>
    public Task? Started { get; set; }

    public bool IsHealthy => Replicas.All(replica => replica.Health == ReplicaHealth.Healthy);

    public async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        while (!IsHealthy)
        {
            await Task.Delay(100, cancellationToken);
        }
    }

    public void Dispose() => Log.Dispose();

    private static LaunchSpec Launch(ProcessResource resource, int replica, ResourceContext context)
    {
        var launch = resource.CreateLaunch(context, replica);
        return launch with { Environment = AspireEnvironment.For(resource, replica, launch, context.Options) };
    }
}
