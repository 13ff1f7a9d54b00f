using System.Net;
using System.Net.Sockets;
using HarAcademy.Hosting;
using HarAcademy.Hosting.Orchestration;

namespace HarAcademy.AppHost.Tests.Graph;

public sealed class StartupErrorTests
{
    [Fact]
    public async Task A_port_in_use_is_reported_by_resource_and_port()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var dataDirectory = Directory.CreateTempSubdirectory("har-ports-").FullName;
        try
        {
            // Run mode (fixed ports), as a developer's `./build.sh run` would be.
            var builder = new DistributedApplicationBuilder(new DistributedApplicationOptions
            {
                DataDirectoryOverride = dataDirectory, DashboardPort = null, EchoToConsole = false,
            });
            builder.AddRedis("cache", port: port);
            await using var application = builder.Build();

            var error = await Assert.ThrowsAsync<StartupException>(() => application.StartAsync(TestContext.Current.CancellationToken));
            Assert.Equal($"resource 'cache' cannot listen on port {port}: the port is already in use (another Har Academy run, or another program)", Assert.Single(error.Problems));
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_prerequisite_is_named_with_the_command_that_installs_it()
    {
        var builder = new DistributedApplicationBuilder(new DistributedApplicationOptions { Isolated = true, DashboardPort = null, EchoToConsole = false });
        builder.AddExecutable("tool", "definitely-not-installed-har", ".", []);
        builder.AddProject("ghost", "services/HarAcademy.Ghost");
        await using var application = builder.Build();

        var error = await Assert.ThrowsAsync<StartupException>(() => application.StartAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, error.Problems.Count);
        Assert.Contains("tool: 'definitely-not-installed-har' not found", error.Problems[0]);
        Assert.Contains("ghost: services/HarAcademy.Ghost/bin/", error.Problems[1]);
        Assert.Contains("install it with: dotnet build HarAcademy.sln", error.Problems[1]);
    }
}
