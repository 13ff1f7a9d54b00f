using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using HarAcademy.Hosting;

namespace HarAcademy.AppHost.Tests.Graph;

/// <summary>A Python ASGI app runs under uvicorn from its venv, with Aspire-named configuration, as the AI service will.</summary>
public sealed class PythonAppTests
{
    private const string AppDirectory = "tests/HarAcademy.AppHost.Tests/Assets/hello-asgi";

    private static async Task EnsureVenvAsync(string repositoryRoot)
    {
        var venv = Path.Combine(repositoryRoot, AppDirectory, ".venv");
        if (File.Exists(Path.Combine(venv, "bin", "python")))
        {
            return;
        }

        using var process = Process.Start("/usr/bin/python3", ["-m", "venv", "--system-site-packages", venv]);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task A_uvicorn_app_starts_healthy_with_its_port_and_references()
    {
        var options = new DistributedApplicationOptions { Isolated = true, DashboardPort = null, EchoToConsole = false };
        await EnsureVenvAsync(options.RepositoryRoot);
        var builder = new DistributedApplicationBuilder(options);
        var redis = builder.AddRedis("redis");
        builder.AddUvicornApp("hello", AppDirectory, "main:app", healthPath: "/health").WithReference(redis).WaitFor(redis);
        await using var application = builder.Build();

        await application.StartAsync(TestContext.Current.CancellationToken);
        await application.WaitForHealthyAsync(TimeSpan.FromSeconds(30));

        using var client = application.CreateHttpClient("hello");
        var answer = await client.GetFromJsonAsync<JsonElement>("/anything", TestContext.Current.CancellationToken);
        Assert.Equal(application.GetEndpoint("hello").Port.ToString(), answer.GetProperty("port").GetString());
        Assert.Equal(application.GetConnectionString("redis"), answer.GetProperty("redis").GetString());
        Assert.Equal("hello", answer.GetProperty("service_name").GetString());
    }
}
