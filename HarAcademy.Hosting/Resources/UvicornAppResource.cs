using HarAcademy.Hosting.Health;
using HarAcademy.Hosting.Orchestration;

namespace HarAcademy.Hosting.Resources;

/// <summary>
/// A Python ASGI app served by uvicorn from the app's own venv (<c>.venv</c>, made on Debian's python3 with
/// system site packages), as Aspire's AddUvicornApp does: <c>uvicorn module:app --host --port</c> with <c>PORT</c> set.
/// </summary>
public sealed class UvicornAppResource(string name, string appDirectory, string appModule, string healthPath)
    : ProcessResource(name), IResourceWithServiceEndpoints
{
    public string AppDirectory { get; } = appDirectory;
    public string AppModule { get; } = appModule;

    public override string Type => "python";

    private string Python(ResourceContext context) => Path.Combine(context.RepositoryRoot, AppDirectory, ".venv", "bin", "python");

    public override IEnumerable<PreflightProblem> Preflight(ResourceContext context)
    {
        if (!File.Exists(Python(context)))
        {
            yield return new(Name, $"the Python venv {AppDirectory}/.venv is missing",
                $"/usr/bin/python3 -m venv --system-site-packages {AppDirectory}/.venv");
        }
    }

    public override LaunchSpec CreateLaunch(ResourceContext context, int replica) =>
        new(Python(context),
            ["-m", "uvicorn", AppModule, "--host", "127.0.0.1", "--port", PortOf(replica).ToString(), "--no-access-log"],
            Path.Combine(context.RepositoryRoot, AppDirectory))
        {
            Environment = { ["PORT"] = PortOf(replica).ToString(), ["PYTHONUNBUFFERED"] = "1" },
        };

    public override IHealthProbe CreateHealthProbe(ResourceContext context, int replica) =>
        new HttpHealthProbe(new Uri($"http://127.0.0.1:{PortOf(replica)}{healthPath}"));
}
