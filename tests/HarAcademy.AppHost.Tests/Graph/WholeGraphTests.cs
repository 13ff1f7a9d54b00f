using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HarAcademy.Hosting.Testing;

namespace HarAcademy.AppHost.Tests.Graph;

/// <summary>The whole declared graph, gateway with two replicas, started, used through the gateway, then stopped clean.</summary>
public sealed class WholeGraphTests
{
    [Fact]
    public async Task The_whole_graph_starts_healthy_serves_through_the_gateway_and_stops_leaving_no_process()
    {
        var cancel = TestContext.Current.CancellationToken;
        var application = await DistributedApplicationTestingBuilder.CreateAsync<Program>(options =>
        {
            options.DashboardPort = 0;
            options.ConfigurationOverrides["Parameters:gateway-replicas"] = "2";
        });
        var dataDirectory = "";
        try
        {
            await application.StartAsync(cancel);
            dataDirectory = application.Options.DataDirectory;
            await application.WaitForHealthyAsync(TimeSpan.FromSeconds(90));

            // Both gateway replicas run, on their own ports, and route the public API.
            var gatewayPids = new[] { application.GetPid("gateway", 0), application.GetPid("gateway", 1) };
            Assert.All(gatewayPids, pid => Assert.NotNull(pid));
            Assert.NotEqual(application.GetEndpoint("gateway", 0), application.GetEndpoint("gateway", 1));
            foreach (var replica in new[] { 0, 1 })
            {
                using var gateway = application.CreateHttpClient("gateway", replica);
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/courses");
                request.Headers.Add("X-Request-Id", $"whole-graph-{replica}");
                using var response = await gateway.SendAsync(request, cancel);

                // The courses service has not joined the graph yet: the gateway says so at once, as a problem.
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancel);
                Assert.Equal($"whole-graph-{replica}", problem.GetProperty("request_id").GetString());
                Assert.Equal($"whole-graph-{replica}", Assert.Single(response.Headers.GetValues("X-Request-Id")));

                // The seeded admin signs in through either gateway replica, over real HTTP to the auth service.
                using var login = await gateway.PostAsJsonAsync("/api/v1/auth/login",
                    new { email = "admin@har.academy", password = "ChangeMe-Admin-2026!" }, cancel);
                Assert.Equal(HttpStatusCode.OK, login.StatusCode);
                var session = await login.Content.ReadFromJsonAsync<JsonElement>(cancel);
                Assert.Equal("admin", session.GetProperty("user").GetProperty("role").GetString());
            }

            using var dashboard = new HttpClient { BaseAddress = application.DashboardUrl };
            var resources = await dashboard.GetFromJsonAsync<JsonElement>("/api/resources", cancel);
            var gatewayEntry = resources.EnumerateArray().Single(resource => resource.GetProperty("name").GetString() == "gateway");
            Assert.Equal(2, gatewayEntry.GetProperty("urls").GetArrayLength());
            Assert.All(resources.EnumerateArray(), resource => Assert.Equal("Healthy", resource.GetProperty("health").GetString()));
        }
        finally
        {
            var pids = application.GetSnapshots().SelectMany(resource => resource.Replicas).Select(replica => replica.Pid).OfType<int>().ToArray();
            var stopwatch = Stopwatch.StartNew();
            await application.StopAsync();
            stopwatch.Stop();

            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {stopwatch.Elapsed}");
            Assert.All(pids, pid => Assert.False(ProcessTable.IsAlive(pid), $"process {pid} outlived the graph"));
            if (dataDirectory.Length > 0)
            {
                Assert.Empty(ProcessTable.CommandLinesContaining(dataDirectory));
                Assert.False(Directory.Exists(dataDirectory), "the isolated data folder was not removed");
            }
        }
    }
}
