using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using HarAcademy.AppHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HarAcademy.AppHost.Tests.LocalProcesses;

/// <summary>
/// The Python (uvicorn) and Vite integrations, which the AI service and the web app will use: each runs as Aspire runs
/// them, with its port and Aspire-named configuration, on small stand-in apps under Assets/.
/// </summary>
public sealed class LocalAppTests
{
    private static readonly string Assets = Path.Combine(Repository.Root, "tests", "HarAcademy.AppHost.Tests", "Assets");
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The AppHost's builder with none of its resources: each test declares its own.</summary>
    private static async Task<TestGraph> EmptyGraphAsync() => (await TestGraph.CreateAsync()).Empty();

    private static async Task EnsureVenvAsync(string appDirectory)
    {
        if (File.Exists(Path.Combine(appDirectory, ".venv", "bin", "python")))
        {
            return;
        }

        using var process = Process.Start("/usr/bin/python3", ["-m", "venv", "--system-site-packages", Path.Combine(appDirectory, ".venv")]);
        await process.WaitForExitAsync(Cancel);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task A_uvicorn_app_starts_healthy_with_its_port_references_and_telemetry_name()
    {
        var appDirectory = Path.Combine(Assets, "hello-asgi");
        await EnsureVenvAsync(appDirectory);
        await using var graph = await EmptyGraphAsync();
        // A given password: a generated one would be kept in the developer's user secrets under a name no graph uses.
        var redis = graph.Builder.AddLocalRedis("cache", password: graph.Builder.AddParameter("cache-password", "Cache-Test-Password-2026", secret: true));
        graph.Builder.AddUvicornApp("hello", appDirectory, "main:app").WithHttpHealthCheck("/health").WithReference(redis).WaitFor(redis);
        var application = await graph.StartAsync(TimeSpan.FromSeconds(60), "hello");

        using var client = application.CreateHttpClient("hello");
        var answer = await client.GetFromJsonAsync<JsonElement>("/anything", Cancel);
        Assert.Equal(application.GetEndpoint("hello").Port.ToString(), answer.GetProperty("port").GetString());
        Assert.Equal(await application.GetConnectionStringAsync("cache", Cancel), answer.GetProperty("cache").GetString());
        Assert.Equal("hello", answer.GetProperty("service_name").GetString());
        Assert.Equal("http/protobuf", answer.GetProperty("otlp_protocol").GetString());
    }

    [Fact]
    public async Task A_vite_app_runs_its_dev_script_with_the_port_and_the_addresses_it_references()
    {
        var appDirectory = Path.Combine(Assets, "hello-node");
        Directory.CreateDirectory(Path.Combine(appDirectory, "node_modules")); // nothing to install: the stand-in has no dependencies
        await EnsureVenvAsync(Path.Combine(Assets, "hello-asgi"));
        await using var graph = await EmptyGraphAsync();
        var api = graph.Builder.AddUvicornApp("api", Path.Combine(Assets, "hello-asgi"), "main:app");
        graph.Builder.AddViteApp("web", appDirectory).WithHttpHealthCheck("/").WithReference(api);
        var application = await graph.StartAsync(TimeSpan.FromSeconds(60), "web");

        using var client = application.CreateHttpClient("web");
        var answer = await client.GetFromJsonAsync<JsonElement>("/", Cancel);
        var port = application.GetEndpoint("web").Port.ToString();
        Assert.Equal(port, answer.GetProperty("port").GetString());
        Assert.Equal(port, answer.GetProperty("envPort").GetString());
        Assert.Equal("127.0.0.1", answer.GetProperty("host").GetString());
        Assert.True(answer.GetProperty("strictPort").GetBoolean());
        Assert.Equal(application.GetEndpoint("api").ToString().TrimEnd('/'), answer.GetProperty("api").GetString()?.TrimEnd('/'));
    }

    [Fact]
    public async Task A_missing_prerequisite_fails_the_resource_with_the_command_that_installs_it()
    {
        var appDirectory = Directory.CreateTempSubdirectory("har-no-venv-").FullName;
        try
        {
            await using var graph = await EmptyGraphAsync();
            graph.Builder.AddUvicornApp("novenv", appDirectory, "main:app");
            var application = await graph.StartAsync(TimeSpan.FromSeconds(60));

            await application.ResourceNotifications.WaitForResourceAsync("novenv", KnownResourceStates.FailedToStart, Cancel);
            var logs = application.Services.GetRequiredService<ResourceLoggerService>();
            var lines = new List<string>();
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
            deadline.CancelAfter(TimeSpan.FromSeconds(5));
            try
            {
                var resource = application.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(resource => resource.Name == "novenv");
                await foreach (var batch in logs.WatchAsync(resource).WithCancellation(deadline.Token))
                {
                    lines.AddRange(batch.Select(line => line.Content));
                    if (lines.Any(line => line.Contains("python3 -m venv --system-site-packages", StringComparison.Ordinal)))
                    {
                        break;
                    }
                }
            }
            catch (OperationCanceledException) when (!Cancel.IsCancellationRequested)
            {
            }

            Assert.Contains(lines, line => line.Contains($"/usr/bin/python3 -m venv --system-site-packages {appDirectory}/.venv", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(appDirectory, recursive: true);
        }
    }
}
