using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using HarAcademy.AppHost.Tests.Infrastructure;

namespace HarAcademy.AppHost.Tests.Graph;

/// <summary>The AppHost as a developer runs it (its own process, the dashboard on), driven by signals.</summary>
public sealed partial class AppHostProcessTests
{
    [GeneratedRegex(@"Login to the dashboard at http://127\.0\.0\.1:\d+/login\?t=[0-9a-f]{16,}")]
    private static partial Regex LoginLink();

    [Fact]
    public async Task Sigterm_stops_every_process_it_started_dcp_and_the_dashboard_included()
    {
        var cancel = TestContext.Current.CancellationToken;
        var dataDirectory = GraphIsolation.NewDataDirectory();
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
        };
        var output = new ConcurrentQueue<string>();
        using var appHost = Process.Start(AppHostProcess.StartInfo(environment,
            "--DcpPublisher:RandomizePorts=true", $"--LocalProcesses:DataDirectory={dataDirectory}", "--LocalProcesses:Durable=false"))!;
        appHost.OutputDataReceived += (_, line) => output.Enqueue(line.Data ?? "");
        appHost.ErrorDataReceived += (_, line) => output.Enqueue(line.Data ?? "");
        appHost.BeginOutputReadLine();
        appHost.BeginErrorReadLine();
        try
        {
            IReadOnlyList<(int Pid, string CommandLine)> started = [];
            // The web app's dev server too: its npm script execs Vite, so the stop signal reaches it.
            string[] expected = ["dcp start-apiserver", "dcp run-controllers", "Aspire.Dashboard", "bin/postgres", "redis-server", "chroma", "HarAcademy.Auth", "HarAcademy.Payments", "HarAcademy.Gateway", "node_modules/.bin/vite"];
            var running = await Poll.UntilAsync(() =>
            {
                // DCP detaches from the AppHost, and watches it by pid (--monitor): its processes are found that way.
                var dcp = ProcessTable.Snapshot().Where(process => process.CommandLine.Contains($"--monitor {appHost.Id}", StringComparison.Ordinal)).Select(process => process.Pid);
                started = ProcessTable.Tree([appHost.Id, .. dcp]);
                return expected.All(fragment => started.Any(process => process.CommandLine.Contains(fragment, StringComparison.Ordinal)))
                    // The dashboard is secured: its login link, with the browser token, is printed for the developer.
                    // (RandomizePorts moves the dashboard too, so any port.)
                    && output.Any(line => LoginLink().IsMatch(line));
            // The web dev server starts last (it waits for a healthy gateway), a minute and more after the AppHost on a busy machine.
            }, TimeSpan.FromSeconds(180));
            Assert.True(running, $"not all started: {string.Join(" | ", started.Select(process => process.CommandLine))} -- {string.Join('\n', output)}");

            using (var term = Process.Start("kill", ["-TERM", appHost.Id.ToString()]))
            {
                await term.WaitForExitAsync(cancel);
            }

            var stopwatch = Stopwatch.StartNew();
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            deadline.CancelAfter(TimeSpan.FromSeconds(30));
            await appHost.WaitForExitAsync(deadline.Token);
            // DCP's controller exits once every resource has stopped: since the web dev server joined the graph, that took
            // more than 10 s in one run out of three (the graph is bigger); what matters is that nothing stays behind.
            Assert.True(await Poll.UntilAsync(() => started.All(process => !ProcessTable.IsAlive(process.Pid)), TimeSpan.FromSeconds(30)),
                "outlived the AppHost: " + string.Join(" | ", started.Where(process => ProcessTable.IsAlive(process.Pid)).Select(process => process.CommandLine)));
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"stopping took {stopwatch.Elapsed}");
        }
        finally
        {
            if (!appHost.HasExited)
            {
                appHost.Kill(entireProcessTree: true);
            }

            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
