using System.Net.Http.Json;
using System.Text.Json;
using HarAcademy.Hosting;

namespace HarAcademy.AppHost.Tests.Graph;

/// <summary>The Vite resource kind starts `npm run dev -- --port N --host 127.0.0.1 --strictPort` with PORT and the gateway's endpoints.</summary>
public sealed class ViteAppTests
{
    private const string AppDirectory = "tests/HarAcademy.AppHost.Tests/Assets/hello-node";

    [Fact]
    public async Task A_vite_style_app_runs_through_npm_with_its_port_and_references()
    {
        var options = new DistributedApplicationOptions { Isolated = true, DashboardPort = null, EchoToConsole = false };
        // No dependencies to install: an empty node_modules satisfies the preflight as `npm ci` would.
        Directory.CreateDirectory(Path.Combine(options.RepositoryRoot, AppDirectory, "node_modules"));
        var builder = new DistributedApplicationBuilder(options);
        var gateway = builder.AddExecutable("gateway", "python3", ".", ["-m", "http.server", "{port}", "--bind", "127.0.0.1"], healthPath: "/");
        builder.AddViteApp("web", AppDirectory).WithReference(gateway);
        await using var application = builder.Build();

        await application.StartAsync(TestContext.Current.CancellationToken);
        await application.WaitForHealthyAsync(TimeSpan.FromSeconds(30));

        using var client = application.CreateHttpClient("web");
        var answer = await client.GetFromJsonAsync<JsonElement>("/", TestContext.Current.CancellationToken);
        var port = application.GetEndpoint("web").Port.ToString();
        Assert.Equal(port, answer.GetProperty("port").GetString());
        Assert.Equal(port, answer.GetProperty("envPort").GetString());
        Assert.Equal("127.0.0.1", answer.GetProperty("host").GetString());
        Assert.True(answer.GetProperty("strictPort").GetBoolean());
        var gatewayUrl = application.GetEndpoint("gateway").ToString().TrimEnd('/');
        Assert.Equal(gatewayUrl, answer.GetProperty("gateway").GetString());
        Assert.Equal(gatewayUrl, answer.GetProperty("gatewayHttp").GetString());
    }
}
