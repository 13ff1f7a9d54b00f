using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HarAcademy.Gateway.Tests.Infrastructure;

namespace HarAcademy.Gateway.Tests.Edge;

/// <summary>The gateway process in front of the real auth service: routing, errors, request ids, CORS, headers.</summary>
public sealed class RoutingTests(GraphFixture graph)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Auth_routes_reach_the_auth_service_and_protected_ones_need_a_token()
    {
        using var client = graph.GatewayClient();
        var (token, userId, _) = await graph.NewUserAsync(client);

        using var anonymous = await client.GetAsync("/api/v1/users/me", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/users/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var me = await client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(userId, (await me.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid());

        using var jwks = await client.GetAsync("/api/v1/auth/.well-known/jwks.json", Cancel);
        Assert.Equal(HttpStatusCode.OK, jwks.StatusCode);
    }

    [Fact]
    public async Task A_service_not_in_the_graph_is_a_503_problem_at_once()
    {
        // The ai service has no resource in the graph yet: its routes answer at once, with a problem naming it.
        using var client = graph.GatewayClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await graph.AdminTokenAsync());
        var stopwatch = Stopwatch.StartNew();
        using var response = await client.GetAsync("/api/v1/ai/recommendations", Cancel);
        stopwatch.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("ai", (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString());
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task An_unknown_path_is_a_404_problem()
    {
        using var client = graph.GatewayClient();
        using var response = await client.GetAsync("/api/v1/nothing-here", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_request_id_travels_to_the_service_and_back()
    {
        using var client = graph.GatewayClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent.Create(new { email = "nobody@example.com", password = "x" }) };
        request.Headers.Add("X-Request-Id", "edge-to-auth-42");
        using var response = await client.SendAsync(request, Cancel);

        // The 401 body is written by the auth service, which puts the id it received into the problem.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("edge-to-auth-42", (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("request_id").GetString());
        Assert.Equal("edge-to-auth-42", Assert.Single(response.Headers.GetValues("X-Request-Id")));

        using var generated = await client.GetAsync("/api/v1/auth/.well-known/jwks.json", Cancel);
        Assert.Matches("^[0-9a-f]{32}$", Assert.Single(generated.Headers.GetValues("X-Request-Id")));
    }

    [Fact]
    public async Task Cors_allows_the_web_origin_only()
    {
        using var client = graph.GatewayClient();
        foreach (var (origin, allowed) in new[] { ("http://localhost:3000", true), ("https://evil.example", false) })
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/auth/login");
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
            using var response = await client.SendAsync(preflight, Cancel);
            Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
        }
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_are_compressed_on_request()
    {
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { BaseAddress = graph.Gateway };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/docs/auth/openapi.json");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Proxied_responses_do_not_reveal_the_server_behind_the_gateway()
    {
        using var client = graph.GatewayClient();
        using var found = await client.GetAsync("/api/v1/auth/.well-known/jwks.json", Cancel);
        using var refused = await client.GetAsync("/api/v1/users/me", Cancel);

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.False(found.Headers.Contains("Server"));
        Assert.False(refused.Headers.Contains("Server"));
    }

    [Fact]
    public async Task The_api_reference_and_health_are_served()
    {
        using var client = graph.GatewayClient();
        using var docs = await client.GetAsync("/api/docs/", Cancel);
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        var authDocument = await client.GetFromJsonAsync<JsonElement>("/api/docs/auth/openapi.json", Cancel);
        Assert.True(authDocument.GetProperty("paths").TryGetProperty("/api/v1/auth/login", out _));
        var coursesDocument = await client.GetFromJsonAsync<JsonElement>("/api/docs/courses/openapi.json", Cancel);
        Assert.True(coursesDocument.GetProperty("paths").TryGetProperty("/api/v1/courses", out _));
        var paymentsDocument = await client.GetFromJsonAsync<JsonElement>("/api/docs/payments/openapi.json", Cancel);
        Assert.True(paymentsDocument.GetProperty("paths").TryGetProperty("/api/v1/payments/checkout", out _));
        using var missing = await client.GetAsync("/api/docs/ai/openapi.json", Cancel);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, missing.StatusCode);

        Assert.Equal("Healthy", await client.GetStringAsync("/health", Cancel));
    }

    [Fact]
    public async Task Outside_development_the_api_reference_and_the_documents_are_not_public()
    {
        await using var host = new GatewayHost(graph); // Production
        using var client = host.CreateClient();
        foreach (var path in new[] { "/api/docs/", "/api/docs/auth/openapi.json" })
        {
            using var response = await client.GetAsync(path, Cancel);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Anonymous_health_calls_share_one_probe_of_the_services()
    {
        // A stand-in service that counts the probes it gets (the gateway's /health asks every replica of every service).
        var port = FreePort.Next();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var probes = 0;
        _ = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                var context = await listener.GetContextAsync();
                if (context.Request.Url?.AbsolutePath == "/health")
                {
                    Interlocked.Increment(ref probes);
                }

                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        }, Cancel);
        await using var host = new GatewayHost(graph, new Dictionary<string, string?> { ["services:payments:http:0"] = $"http://127.0.0.1:{port}" });
        using var client = host.CreateClient();
        // A new gateway says Degraded until its Redis connection is up (a moment, longer on a busy machine): the burst
        // starts once it is Healthy, and after the shared probe's 2 s lifetime, so that it needs a fresh probe.
        Assert.True(await Poll.UntilAsync(async () => await client.GetStringAsync("/health", Cancel) == "Healthy", TimeSpan.FromSeconds(30)));
        await Task.Delay(TimeSpan.FromSeconds(2.1), Cancel);
        var before = Volatile.Read(ref probes);

        var stopwatch = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.GetStringAsync("/health", Cancel)));
        stopwatch.Stop();

        Assert.All(answers, answer => Assert.Equal("Healthy", answer));
        // One probe per 2 s however many callers (YARP's own probes go to /alive, not counted).
        Assert.InRange(Volatile.Read(ref probes) - before, 1, 1 + (int)(stopwatch.Elapsed.TotalSeconds / 2));
    }

    [Fact]
    public async Task Oversized_bodies_are_refused_with_413()
    {
        // Expect: 100-continue lets the gateway refuse on the declared length, before the body is sent. HttpClient
        // starts sending anyway after 1 s without an answer (then the refusal arrives as a broken pipe on a busy
        // machine), so it is told to wait for the gateway's answer.
        using var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) };
        using var client = new HttpClient(handler) { BaseAddress = graph.Gateway };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/register") { Content = new ByteArrayContent(new byte[11 * 1024 * 1024]) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.ExpectContinue = true;
        using var response = await client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
