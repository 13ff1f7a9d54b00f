using HarAcademy.Hosting.Health;
using HarAcademy.Hosting.Orchestration;

namespace HarAcademy.Hosting.Resources;

/// <summary>A Vite app run as Aspire's AddViteApp does: <c>npm run dev -- --port N</c> with <c>PORT</c> set.</summary>
public sealed class ViteAppResource(string name, string appDirectory) : ProcessResource(name), IResourceWithServiceEndpoints
{
    public string AppDirectory { get; } = appDirectory;

    public override string Type => "vite";

    public override IEnumerable<PreflightProblem> Preflight(ResourceContext context)
    {
        if (!Directory.Exists(Path.Combine(context.RepositoryRoot, AppDirectory, "node_modules")))
        {
            yield return new(Name, $"{AppDirectory}/node_modules is missing", $"npm --prefix {AppDirectory} ci");
        }
    }

    public override LaunchSpec CreateLaunch(ResourceContext context, int replica) =>
        new("npm", ["run", "dev", "--", "--port", PortOf(replica).ToString(), "--host", "127.0.0.1", "--strictPort"],
            Path.Combine(context.RepositoryRoot, AppDirectory))
        {
            Environment = { ["PORT"] = PortOf(replica).ToString(), ["BROWSER"] = "none" },
        };

    public override IHealthProbe CreateHealthProbe(ResourceContext context, int replica) =>
        new HttpHealthProbe(new Uri($"http://127.0.0.1:{PortOf(replica)}/"));
}
