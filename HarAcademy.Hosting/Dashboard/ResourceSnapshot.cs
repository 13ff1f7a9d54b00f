using HarAcademy.Hosting.Orchestration;
using HarAcademy.Hosting.Resources;

namespace HarAcademy.Hosting.Dashboard;

public sealed record ReplicaSnapshot(int Index, string State, string Health, string Url, int? Pid, int Restarts, double? UptimeSeconds, int? LastExitCode);

/// <summary>What the dashboard and <c>GET /api/resources</c> show of one resource. Secrets (connection strings) are never included.</summary>
public sealed record ResourceSnapshot(
    string Name,
    string Type,
    string State,
    string Health,
    IReadOnlyList<string> Urls,
    int? Pid,
    int Restarts,
    double? UptimeSeconds,
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<ReplicaSnapshot> Replicas)
{
    public static ResourceSnapshot Of(Resource resource, IReadOnlyDictionary<string, ResourceSupervisor> supervisors)
    {
        var dependsOn = GraphValidator.Dependencies(resource).Select(dependency => dependency.Name).ToArray();
        if (!supervisors.TryGetValue(resource.Owner.Name, out var supervisor))
        {
            return new(resource.Name, resource.Type, nameof(ReplicaState.NotStarted), nameof(ReplicaHealth.Unknown), [], null, 0, null, dependsOn, []);
        }

        var now = DateTimeOffset.UtcNow;
        var replicas = supervisor.Replicas.Select(replica => new ReplicaSnapshot(
            replica.Replica,
            replica.State.ToString(),
            replica.Health.ToString(),
            replica.Endpoint.ToString().TrimEnd('/'),
            replica.Pid,
            replica.Restarts,
            replica.Pid is not null && replica.StartedAt is { } started ? Math.Round((now - started).TotalSeconds, 1) : null,
            replica.LastExitCode)).ToArray();

        // A database lives inside its server: it shows the server's state, and no process of its own.
        var isOwnProcess = resource == supervisor.Resource;
        return new(
            resource.Name,
            resource.Type,
            Combine(replicas.Select(replica => replica.State)),
            Combine(replicas.Select(replica => replica.Health)),
            isOwnProcess ? replicas.Select(replica => replica.Url).ToArray() : [],
            isOwnProcess ? replicas[0].Pid : null,
            isOwnProcess ? replicas.Sum(replica => replica.Restarts) : 0,
            isOwnProcess ? replicas[0].UptimeSeconds : null,
            dependsOn,
            isOwnProcess ? replicas : []);
    }

    /// <summary>The replicas' common value, or the first that differs from the happy one (so a single sick replica shows).</summary>
    private static string Combine(IEnumerable<string> values)
    {
        var distinct = values.Distinct().ToArray();
        return distinct.Length == 1 ? distinct[0] : distinct.First(value => value is not ("Running" or "Healthy"));
    }
}
