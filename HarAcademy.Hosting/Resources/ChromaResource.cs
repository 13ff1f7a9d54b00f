using HarAcademy.Hosting.Health;
using HarAcademy.Hosting.Orchestration;

namespace HarAcademy.Hosting.Resources;

/// <summary>
/// The ChromaDB server (the Rust server shipped in the <c>chromadb</c> npm package, installed under
/// <c>tools/chroma</c>). Its connection string is the server's base URL; clients speak the HTTP API v2.
/// </summary>
public sealed class ChromaResource(string name) : ProcessResource(name), IResourceWithConnectionString
{
    public const string ToolDirectory = "tools/chroma";

    public override string Type => "chroma";

    public string GetConnectionString() => $"http://127.0.0.1:{PortOf(0)}";

    private static string Cli(ResourceContext context) =>
        Path.Combine(context.RepositoryRoot, ToolDirectory, "node_modules", ".bin", "chroma");

    public override IEnumerable<PreflightProblem> Preflight(ResourceContext context)
    {
        if (!File.Exists(Cli(context)))
        {
            yield return new(Name, $"the Chroma server is not installed ({ToolDirectory}/node_modules missing)", $"npm --prefix {ToolDirectory} ci");
        }
    }

    public override Task PrepareAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(context.DataDirectoryFor(Name));
        return Task.CompletedTask;
    }

    public override LaunchSpec CreateLaunch(ResourceContext context, int replica) =>
        new(Cli(context),
            ["run", "--path", context.DataDirectoryFor(Name), "--host", "127.0.0.1", "--port", PortOf(replica).ToString()],
            context.DataDirectoryFor(Name));

    public override IHealthProbe CreateHealthProbe(ResourceContext context, int replica) =>
        new HttpHealthProbe(new Uri($"http://127.0.0.1:{PortOf(replica)}/api/v2/heartbeat"));
}
