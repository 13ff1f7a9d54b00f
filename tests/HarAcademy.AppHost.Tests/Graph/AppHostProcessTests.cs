using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using HarAcademy.Hosting;
using HarAcademy.Hosting.Orchestration;

namespace HarAcademy.AppHost.Tests.Graph;

/// <summary>The AppHost as an operator runs it: a separate process, driven by its command line and by signals.</summary>
public sealed class AppHostProcessTests
{
    private static readonly DistributedApplicationOptions Defaults = new();

    private static ProcessStartInfo AppHost(params string[] args)
    {
        var assembly = Path.Combine(Defaults.RepositoryRoot, "HarAcademy.AppHost", "bin", Defaults.BuildConfiguration, "net10.0", "HarAcademy.AppHost.dll");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Defaults.RepositoryRoot,
        };
        foreach (var argument in (string[])[assembly, .. args])
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }

    [Fact]
    public async Task An_unknown_option_prints_the_usage_and_exits_with_2()
    {
        using var process = Process.Start(AppHost("--frobnicate"))!;
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("error: unknown option '--frobnicate'", error);
        Assert.Contains("usage: HarAcademy.AppHost", error);
    }

    [Fact]
    public async Task Sigterm_stops_every_process_tree_within_ten_seconds()
    {
        var cancel = TestContext.Current.CancellationToken;
        var dashboardPort = PortAllocator.GetFreePort();
        using var appHost = Process.Start(AppHost("--isolated", "--dashboard-port", dashboardPort.ToString()))!;
        appHost.BeginOutputReadLine();
        appHost.BeginErrorReadLine();
        using var dashboard = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{dashboardPort}") };

        int[] pids = [];
        var healthy = await Poll.UntilAsync(() =>
        {
            try
            {
                var resources = dashboard.GetFromJsonAsync<JsonElement>("/api/resources", cancel).GetAwaiter().GetResult();
                pids = resources.EnumerateArray()
                    .SelectMany(resource => resource.GetProperty("replicas").EnumerateArray())
                    .Select(replica => replica.GetProperty("pid"))
                    .Where(pid => pid.ValueKind == JsonValueKind.Number)
                    .Select(pid => pid.GetInt32())
                    .ToArray();
                return resources.EnumerateArray().All(resource => resource.GetProperty("health").GetString() == "Healthy");
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(90));
        Assert.True(healthy, "the graph did not become healthy");
        Assert.True(pids.Length >= 4, $"expected postgres, redis, chroma and gateway processes, saw {pids.Length}");

        using (var kill = Process.Start("kill", ["-TERM", appHost.Id.ToString()]))
        {
            await kill.WaitForExitAsync(cancel);
        }

        var stopwatch = Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(TimeSpan.FromSeconds(10));
        await appHost.WaitForExitAsync(deadline.Token);
        stopwatch.Stop();

        Assert.Equal(0, appHost.ExitCode);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10));
        Assert.All(pids, pid => Assert.False(ProcessTable.IsAlive(pid), $"process {pid} outlived the AppHost"));
    }
}
