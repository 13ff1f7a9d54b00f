using HarAcademy.Hosting.Health;
using HarAcademy.Hosting.Orchestration;

namespace HarAcademy.Hosting.Resources;

/// <summary>
/// Any program. Its arguments may contain <c>{port}</c>, replaced by the replica's port. With a health path it
/// is healthy when that path answers 2xx; without one, as soon as it runs.
/// </summary>
public sealed class ExecutableResource(string name, string command, IReadOnlyList<string> arguments, string workingDirectory, string? healthPath)
    : ProcessResource(name), IResourceWithServiceEndpoints
{
    public override string Type => "executable";

    public override IEnumerable<PreflightProblem> Preflight(ResourceContext context)
    {
        if (ExecutableSearch.Find(command) is null)
        {
            yield return new(Name, $"'{command}' not found", $"install the package that provides '{command}'");
        }
    }

    public override LaunchSpec CreateLaunch(ResourceContext context, int replica) =>
        new(command,
            arguments.Select(argument => argument.Replace("{port}", PortOf(replica).ToString(), StringComparison.Ordinal)).ToArray(),
            Path.Combine(context.RepositoryRoot, workingDirectory))
        {
            Environment = { ["PORT"] = PortOf(replica).ToString() },
        };

    public override IHealthProbe CreateHealthProbe(ResourceContext context, int replica) =>
        healthPath is null
            ? new AlwaysHealthyProbe()
            : new HttpHealthProbe(new Uri($"http://127.0.0.1:{PortOf(replica)}{healthPath}"));
}
