using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Http.Headers;
using System.Net.Sockets;
using HarAcademy.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HarAcademy.Gateway.Tests.Edge;

/// <summary>Shared rate limits, dead replicas, slow and absent services.</summary>
public sealed class ResilienceTests(GraphFixture graph)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> GetAsync(GatewayHost host, string path, string? token = null)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request, Cancel);
    }

    [Fact]
    public async Task Two_gateway_replicas_share_one_rate_limit_through_redis()
    {
        // An hour-long window, so no window boundary falls inside the test.
        var limits = new Dictionary<string, string?> { ["Gateway:RateLimit:PerUser"] = "5", ["Gateway:RateLimit:Window"] = "01:00:00" };
        await using var first = new GatewayHost(graph, limits);
        await using var second = new GatewayHost(graph, limits);
        // Both must be connected to Redis (a replica still connecting counts alone, and says so in its health).
        foreach (var host in new[] { first, second })
        {
            Assert.True(await Poll.UntilAsync(async () => await (await GetAsync(host, "/health")).Content.ReadAsStringAsync(Cancel) == "Healthy",
                TimeSpan.FromSeconds(30)), "a gateway did not become healthy");
        }

        var (token, _, _) = await graph.NewUserAsync();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(first, "/api/v1/notifications/unread-count", token)).StatusCode);
        }

        // Far from the limit a replica adds its counts to Redis every 100 ms (SharedWindowCounters): what "shared" promises
        // is the other replica's count once flushed, not within the same millisecond. A busy machine (the CI's two cores
        // running a whole graph) can delay a flush well past 100 ms, so give it a second.
        await Task.Delay(TimeSpan.FromSeconds(1), Cancel);

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(second, "/api/v1/notifications/unread-count", token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(second, "/api/v1/notifications/unread-count", token)).StatusCode);
        using var limited = await GetAsync(second, "/api/v1/notifications/unread-count", token);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(int.Parse(Assert.Single(limited.Headers.GetValues("Retry-After"))), 1, 3600);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);

        // Another user has a budget of their own.
        var (other, _, _) = await graph.NewUserAsync();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(first, "/api/v1/notifications/unread-count", other)).StatusCode);
    }

    [Fact]
    public async Task Without_redis_the_gateway_keeps_serving_with_local_limits_and_says_so_in_health()
    {
        await using var host = new GatewayHost(graph, new Dictionary<string, string?>
        {
            ["ConnectionStrings:redis"] = $"127.0.0.1:{FreePort.Next()}",
            ["Gateway:RateLimit:AuthPerIp"] = "3",
            ["Gateway:RateLimit:Window"] = "01:00:00",
        });

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(host, "/api/v1/auth/.well-known/jwks.json")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync(host, "/api/v1/auth/.well-known/jwks.json")).StatusCode);
        using var health = await GetAsync(host, "/health");
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Payment_webhooks_have_a_budget_of_their_own()
    {
        await using var host = new GatewayHost(graph, new Dictionary<string, string?>
        {
            ["ConnectionStrings:redis"] = $"127.0.0.1:{FreePort.Next()}", // counted locally: this host's own counters
            ["Gateway:RateLimit:PerAnonymousIp"] = "2",
            ["Gateway:RateLimit:WebhooksPerIp"] = "4",
            ["Gateway:RateLimit:Window"] = "01:00:00",
        });

        for (var i = 0; i < 2; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await GetAsync(host, "/api/v1/courses")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync(host, "/api/v1/courses")).StatusCode);
        // The visitor's budget is spent; Stripe's deliveries from the same address still get in, up to theirs.
        using var client = host.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            using var delivered = await client.PostAsync("/api/v1/payments/webhooks/stripe", new StringContent("{}"), Cancel);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, delivered.StatusCode);
        }

        using var beyond = await client.PostAsync("/api/v1/payments/webhooks/stripe", new StringContent("{}"), Cancel);
        Assert.Equal(HttpStatusCode.TooManyRequests, beyond.StatusCode);
    }

    [Fact]
    public async Task A_dead_replica_is_skipped()
    {
        await using var host = new GatewayHost(graph, new Dictionary<string, string?>
        {
            ["services:auth:http:1"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["Gateway:ActiveHealthInterval"] = "00:00:00.500",
        });
        _ = host.Server;
        await Task.Delay(TimeSpan.FromSeconds(3), Cancel); // a few active probes

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            statuses.Add((await GetAsync(host, "/api/v1/auth/.well-known/jwks.json")).StatusCode);
        }

        var lookup = host.Services.GetRequiredService<Yarp.ReverseProxy.IProxyStateLookup>();
        lookup.TryGetCluster("auth", out var cluster);
        var states = string.Join("; ", cluster!.Destinations.Values.Select(d => $"{d.DestinationId} {d.Model.Config.Address} active={d.Health.Active} passive={d.Health.Passive}"));
        Assert.True(statuses.All(status => status == HttpStatusCode.OK), states);
    }

    [Fact]
    public async Task A_service_that_hangs_is_a_504_after_the_timeout_and_an_absent_one_a_503_at_once()
    {
        using var hanging = new TcpListener(IPAddress.Loopback, 0);
        hanging.Start(); // accepts connections, never answers
        var hangingPort = ((IPEndPoint)hanging.LocalEndpoint).Port;
        await using var host = new GatewayHost(graph, new Dictionary<string, string?>
        {
            ["services:payments:http:0"] = $"http://127.0.0.1:{hangingPort}",
            ["services:ai:http:0"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["Gateway:UpstreamTimeout"] = "00:00:01",
        });
        var (token, _, _) = await graph.NewUserAsync();

        var stopwatch = Stopwatch.StartNew();
        using var slow = await GetAsync(host, "/api/v1/payments/invoices", token);
        Assert.Equal(HttpStatusCode.GatewayTimeout, slow.StatusCode);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));

        stopwatch.Restart();
        using var absent = await GetAsync(host, "/api/v1/ai/recommendations", token);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, absent.StatusCode);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
        Assert.Equal("application/problem+json", absent.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_client_cannot_escape_its_ip_limit_by_claiming_another_address()
    {
        await using var host = new GatewayHost(graph, new Dictionary<string, string?>
        {
            ["Gateway:RateLimit:AuthPerIp"] = "2",
            ["Gateway:RateLimit:Window"] = "01:00:00",
            // As the AppHost runs every project.
            ["ForwardedHeaders_Enabled"] = "true", // ASPNETCORE_FORWARDEDHEADERS_ENABLED
        });
        using var client = host.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/.well-known/jwks.json");
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            using var response = await client.SendAsync(request, Cancel);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Behind_the_web_server_each_visitor_is_counted_under_their_own_address_and_only_with_its_proof()
    {
        const string webProof = "web-server-proof-for-this-test";
        await using var host = new GatewayHost(graph, new Dictionary<string, string?>
        {
            ["Gateway:RateLimit:AuthPerIp"] = "2",
            ["Gateway:RateLimit:Window"] = "01:00:00",
            ["ForwardedHeaders_Enabled"] = "true",
            // As the AppHost configures the gateway when a web server (nginx, Vite) forwards browsers' requests to it.
            ["ForwardedHeaders:GatewayProof"] = webProof,
        });
        // The web server's own address (the test server has none of its own): its counter is this test's alone.
        var webServer = IPAddress.Parse($"192.0.2.{Random.Shared.Next(1, 255)}");
        async Task<HttpStatusCode> JwksAsync(string visitor, string? proof)
        {
            var context = await host.Server.SendAsync(request =>
            {
                request.Connection.RemoteIpAddress = webServer;
                request.Request.Method = "GET";
                request.Request.Path = "/api/v1/auth/.well-known/jwks.json";
                request.Request.Headers["X-Forwarded-For"] = visitor;
                if (proof is not null)
                {
                    request.Request.Headers["X-Har-Gateway-Proof"] = proof;
                }
            }, Cancel);
            return (HttpStatusCode)context.Response.StatusCode;
        }

        // Three visitors through the web server, two requests each: each within their own limit.
        foreach (var visitor in new[] { "203.0.113.21", "203.0.113.22", "203.0.113.23" })
        {
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], [await JwksAsync(visitor, webProof), await JwksAsync(visitor, webProof)]);
        }

        // Without the proof (a wrong one, or none), the claimed addresses count for nothing: the connection's does.
        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests],
            [await JwksAsync("198.51.100.1", "guess"), await JwksAsync("198.51.100.2", null), await JwksAsync("198.51.100.3", "guess")]);
    }

    [Fact]
    public async Task A_client_that_reaches_a_service_directly_cannot_claim_another_address_either()
    {
        // Auth allows 20 reset requests an hour per address. Directly on auth's port, each with a made-up
        // X-Forwarded-For: all are counted under the client's real address, so the 21st is refused.
        using var direct = new HttpClient { BaseAddress = graph.Auth };
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 21; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/password-reset")
            {
                Content = JsonContent.Create(new { email = $"nobody-{Guid.NewGuid():N}@example.com" }),
            };
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{attempt + 1}");
            request.Headers.Add("X-Har-Gateway-Proof", "a-guess");
            using var response = await direct.SendAsync(request, Cancel);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(20), status => Assert.Equal(HttpStatusCode.Accepted, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[20]);
    }

    [Fact]
    public async Task Log_lines_written_while_handling_a_request_carry_its_request_id()
    {
        await using var host = new GatewayHost(graph, new Dictionary<string, string?> { ["services:ai:http:0"] = $"http://127.0.0.1:{FreePort.Next()}" });
        var (token, _, _) = await graph.NewUserAsync();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ai/recommendations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("X-Request-Id", "logged-request-7");
        using var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var lines = host.Logs.Logs.Where(line => line.Message.Contains("/api/v1/ai/recommendations", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal("logged-request-7", line.Scope.GetValueOrDefault("request_id")));
    }
}
