using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HarAcademy.AppHost.Tests.LocalProcesses;

/// <summary>
/// The Python (uvicorn) and Vite integrations, which the AI service and the web app will use: each runs as Aspire runs
/// them, with its port and Aspire-named configuration; a missing prerequisite is named with the command that installs it.
/// </summary>
public sealed class LocalAppTests(LocalAppFixture fixture) : IClassFixture<LocalAppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DistributedApplication Application => fixture.Graph.Application;

    [Fact]
    public async Task A_uvicorn_app_starts_healthy_with_its_port_references_and_telemetry_name()
    {
        using var client = Application.CreateHttpClient("api");
        var answer = await client.GetFromJsonAsync<JsonElement>("/anything", Cancel);
        Assert.Equal(Application.GetEndpoint("api").Port.ToString(), answer.GetProperty("port").GetString());
        Assert.Equal(await Application.GetConnectionStringAsync("cache", Cancel), answer.GetProperty("cache").GetString());
        Assert.Equal("api", answer.GetProperty("service_name").GetString());
        Assert.Equal("http/protobuf", answer.GetProperty("otlp_protocol").GetString());
    }

    [Fact]
    public async Task A_vite_app_runs_its_dev_script_with_the_port_and_the_addresses_it_references()
    {
        using var client = Application.CreateHttpClient("web");
        var answer = await client.GetFromJsonAsync<JsonElement>("/", Cancel);
        var port = Application.GetEndpoint("web").Port.ToString();
        Assert.Equal(port, answer.GetProperty("port").GetString());
        Assert.Equal(port, answer.GetProperty("envPort").GetString());
        Assert.Equal("127.0.0.1", answer.GetProperty("host").GetString());
        Assert.True(answer.GetProperty("strictPort").GetBoolean());
        Assert.Equal(Application.GetEndpoint("api").ToString().TrimEnd('/'), answer.GetProperty("api").GetString()?.TrimEnd('/'));
    }

    [Fact]
    public async Task A_missing_prerequisite_fails_the_resource_with_the_command_that_installs_it()
    {
        await Application.ResourceNotifications.WaitForResourceAsync("novenv", KnownResourceStates.FailedToStart, Cancel);
        var resource = Application.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(resource => resource.Name == "novenv");
        var expected = $"/usr/bin/python3 -m venv --system-site-packages {fixture.AppWithoutVenv}/.venv";
        var lines = new List<string>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        deadline.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await foreach (var batch in Application.Services.GetRequiredService<ResourceLoggerService>().WatchAsync(resource).WithCancellation(deadline.Token))
            {
                lines.AddRange(batch.Select(line => line.Content));
                if (lines.Any(line => line.Contains(expected, StringComparison.Ordinal)))
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (!Cancel.IsCancellationRequested)
        {
        }

        Assert.Contains(lines, line => line.Contains(expected, StringComparison.Ordinal));
    }
}
