using System.Diagnostics;
using Aspire.Hosting;
using HarAcademy.AppHost.Tests.Infrastructure;

namespace HarAcademy.AppHost.Tests.LocalProcesses;

/// <summary>
/// One graph holding the Python and Vite stand-in apps (Assets/), as the AI service and the web app will be declared:
/// <c>api</c> (uvicorn) referencing a Redis, <c>web</c> (Vite) referencing <c>api</c>, and <c>novenv</c>, a Python app
/// whose venv is missing.
/// </summary>
public sealed class LocalAppFixture : IAsyncLifetime
{
    public static readonly string Assets = Path.Combine(Repository.Root, "tests", "HarAcademy.AppHost.Tests", "Assets");

    private readonly string _appWithoutVenv = Directory.CreateTempSubdirectory("har-no-venv-").FullName;

    public TestGraph Graph { get; private set; } = null!;

    public string AppWithoutVenv => _appWithoutVenv;

    public async ValueTask InitializeAsync()
    {
        var python = Path.Combine(Assets, "hello-asgi");
        await EnsureVenvAsync(python);
        var vite = Path.Combine(Assets, "hello-node");
        Directory.CreateDirectory(Path.Combine(vite, "node_modules")); // nothing to install: the stand-in has no dependencies

        Graph = (await TestGraph.CreateAsync()).Empty();
        var builder = Graph.Builder;
        // A given password: a generated one would be kept in the developer's user secrets under a name no graph uses.
        var cache = builder.AddLocalRedis("cache", password: builder.AddParameter("cache-password", "Cache-Test-Password-2026", secret: true));
        var api = builder.AddUvicornApp("api", python, "main:app").WithHttpHealthCheck("/health").WithReference(cache).WaitFor(cache);
        builder.AddViteApp("web", vite).WithHttpHealthCheck("/").WithReference(api);
        builder.AddUvicornApp("novenv", _appWithoutVenv, "main:app");
        await Graph.StartAsync(TimeSpan.FromSeconds(60), "api", "web");
    }

    public async ValueTask DisposeAsync()
    {
        await Graph.DisposeAsync();
        Directory.Delete(_appWithoutVenv, recursive: true);
    }

    private static async Task EnsureVenvAsync(string appDirectory)
    {
        if (File.Exists(Path.Combine(appDirectory, ".venv", "bin", "python")))
        {
            return;
        }

        using var process = Process.Start("/usr/bin/python3", ["-m", "venv", "--system-site-packages", Path.Combine(appDirectory, ".venv")]);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, process.ExitCode);
    }
}
