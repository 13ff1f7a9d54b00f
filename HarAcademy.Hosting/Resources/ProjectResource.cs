using HarAcademy.Hosting.Health;
using HarAcademy.Hosting.Orchestration;

namespace HarAcademy.Hosting.Resources;

/// <summary>
/// A .NET project of this repository, run from its build output (<c>dotnet bin/{Configuration}/net10.0/X.dll</c>)
/// so a graph start never rebuilds; <c>./build.sh</c> builds the solution once beforehand.
/// </summary>
public sealed class ProjectResource(string name, string projectDirectory) : ProcessResource(name), IResourceWithServiceEndpoints
{
    public string ProjectDirectory { get; } = projectDirectory;

    public override string Type => "project";

    public string AssemblyPath(ResourceContext context)
    {
        var directory = Path.Combine(context.RepositoryRoot, ProjectDirectory);
        var assemblyName = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        return Path.Combine(directory, "bin", context.Options.BuildConfiguration, "net10.0", assemblyName + ".dll");
    }

    public override IEnumerable<PreflightProblem> Preflight(ResourceContext context)
    {
        if (!File.Exists(AssemblyPath(context)))
        {
            yield return new(Name, $"{Path.GetRelativePath(context.RepositoryRoot, AssemblyPath(context))} has not been built",
                $"dotnet build HarAcademy.sln -c {context.Options.BuildConfiguration}");
        }
    }

    public override LaunchSpec CreateLaunch(ResourceContext context, int replica) =>
        new("dotnet", [AssemblyPath(context)], Path.Combine(context.RepositoryRoot, ProjectDirectory))
        {
            Environment =
            {
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{PortOf(replica)}",
                ["ASPNETCORE_ENVIRONMENT"] = context.Options.EnvironmentName,
                ["DOTNET_ENVIRONMENT"] = context.Options.EnvironmentName,
                ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
            },
        };

    public override IHealthProbe CreateHealthProbe(ResourceContext context, int replica) =>
        new HttpHealthProbe(new Uri($"http://127.0.0.1:{PortOf(replica)}/health"));
}
