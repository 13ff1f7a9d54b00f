using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using HarAcademy.AppHost.Tests.Infrastructure;

namespace HarAcademy.AppHost.Tests.Graph;

/// <summary>
/// The real Aspire dashboard, secured as Aspire secures it (browser token, OTLP API key), receiving every service's
/// telemetry: one request through the gateway is one trace across gateway, auth, PostgreSQL and Redis (and across the
/// gateway and the Python AI service), and the structured logs written while handling it carry its request id.
/// </summary>
[Collection(WholeGraphCollection.Name)]
public sealed class DashboardTests(WholeGraphFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Uri DashboardBase => new(fixture.DashboardLogin.GetLeftPart(UriPartial.Authority));

    private HttpClient TelemetryApi()
    {
        var client = new HttpClient { BaseAddress = DashboardBase };
        client.DefaultRequestHeaders.Add("x-api-key", WholeGraphFixture.TelemetryApiKey);
        return client;
    }

    [Fact]
    public async Task The_dashboard_asks_for_the_browser_token_and_lets_in_whoever_has_it()
    {
        using var browser = new HttpClient(new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = DashboardBase };
        async Task<HttpStatusCode> HomeAsync()
        {
            using var home = await browser.GetAsync("/", Cancel);
            Assert.True(home.StatusCode == HttpStatusCode.OK || home.Headers.Location?.AbsolutePath == "/login", $"{home.StatusCode} {home.Headers.Location}");
            return home.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Redirect, await HomeAsync());
        (await browser.GetAsync("/login?t=not-the-token", Cancel)).Dispose();
        Assert.Equal(HttpStatusCode.Redirect, await HomeAsync());

        (await browser.GetAsync(fixture.DashboardLogin.PathAndQuery, Cancel)).Dispose(); // the link printed on the console
        Assert.Equal(HttpStatusCode.OK, await HomeAsync());
    }

    [Fact]
    public async Task Telemetry_and_its_api_need_their_keys()
    {
        using var anonymous = new HttpClient { BaseAddress = DashboardBase };
        using var telemetry = await anonymous.GetAsync("/api/telemetry/resources", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, telemetry.StatusCode);

        // Each service was given the OTLP endpoint and the key it must present there; without the key, nothing is taken.
        var auth = await fixture.Application.CurrentAsync("auth");
        var endpoint = new Uri(auth.Environment("OTEL_EXPORTER_OTLP_ENDPOINT")!);
        var key = auth.Environment("OTEL_EXPORTER_OTLP_HEADERS")!;
        Assert.StartsWith("x-otlp-api-key=", key);
        Assert.Equal(HttpStatusCode.Unauthorized, await ExportEmptyTracesAsync(endpoint, apiKey: null));
        Assert.Equal(HttpStatusCode.OK, await ExportEmptyTracesAsync(endpoint, apiKey: key["x-otlp-api-key=".Length..]));
    }

    [Fact]
    public async Task One_request_through_the_gateway_is_one_trace_across_gateway_auth_postgres_and_redis()
    {
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        using var client = fixture.Application.CreateHttpClient("gateway");
        using var login = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { email = WholeGraphFixture.AdminEmail, password = WholeGraphFixture.AdminPassword }),
        };
        login.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");
        using (var response = await client.SendAsync(login, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var api = TelemetryApi();
        var spans = Array.Empty<(string Service, JsonElement Span)>();
        var complete = await Poll.UntilAsync(async () =>
        {
            spans = Spans(await api.GetFromJsonAsync<JsonElement>($"/api/telemetry/spans?traceId={traceId}", Cancel));
            var services = spans.Select(span => span.Service).ToHashSet();
            var systems = spans.Select(span => Attribute(span.Span, "db.system") ?? Attribute(span.Span, "db.system.name")).ToHashSet();
            return services.IsSupersetOf(["gateway", "auth"]) && systems.Contains("postgresql") && systems.Contains("redis");
        }, TimeSpan.FromSeconds(30));

        Assert.True(complete, "spans seen: " + string.Join(", ", spans.Select(span => $"{span.Service}:{span.Span.GetProperty("name").GetString()}")));
        Assert.All(spans, span => Assert.Equal(traceId, span.Span.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task Structured_logs_written_while_handling_a_request_carry_its_request_id()
    {
        // Through the gateway to the AI service (Python): the gateway's request id reaches it and its log records, which
        // it exports itself over OTLP/HTTP protobuf.
        var requestId = $"dashboard-{Guid.NewGuid():N}";
        using var client = fixture.Application.CreateHttpClient("gateway");
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ai/recommendations"))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await AdminTokenAsync(client));
            request.Headers.Add("X-Request-Id", requestId);
            using var response = await client.SendAsync(request, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var api = TelemetryApi();
        var found = await Poll.UntilAsync(async () =>
        {
            var logs = await api.GetFromJsonAsync<JsonElement>("/api/telemetry/logs?limit=5000", Cancel);
            return logs.GetProperty("data").GetProperty("resourceLogs").EnumerateArray()
                .Where(resource => ServiceName(resource) == "ai")
                .SelectMany(resource => resource.GetProperty("scopeLogs").EnumerateArray())
                .SelectMany(scope => scope.GetProperty("logRecords").EnumerateArray())
                .Any(record => Attribute(record, "request_id") == requestId
                    && record.GetProperty("body").GetProperty("stringValue").GetString()!.Contains("/api/v1/ai/recommendations", StringComparison.Ordinal));
        }, TimeSpan.FromSeconds(30));
        Assert.True(found, $"no ai log record with request_id {requestId}");
    }

    [Fact]
    public async Task A_request_to_the_python_service_is_one_trace_with_the_gateway_and_its_queries()
    {
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        using var client = fixture.Application.CreateHttpClient("gateway");
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ai/recommendations"))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await AdminTokenAsync(client));
            request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");
            using var response = await client.SendAsync(request, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var api = TelemetryApi();
        var spans = Array.Empty<(string Service, JsonElement Span)>();
        var complete = await Poll.UntilAsync(async () =>
        {
            spans = Spans(await api.GetFromJsonAsync<JsonElement>($"/api/telemetry/spans?traceId={traceId}", Cancel));
            return spans.Any(span => span.Service == "ai" && span.Span.GetProperty("name").GetString() == "GET /api/v1/ai/recommendations")
                && spans.Any(span => span.Service == "ai" && span.Span.GetProperty("name").GetString() == "SELECT har_ai")
                && spans.Any(span => span.Service == "gateway");
        }, TimeSpan.FromSeconds(30));

        Assert.True(complete, "spans seen: " + string.Join(", ", spans.Select(span => $"{span.Service}:{span.Span.GetProperty("name").GetString()}")));
        Assert.All(spans, span => Assert.Equal(traceId, span.Span.GetProperty("traceId").GetString()));
        // The AI service's server span is the child of the gateway's call to it.
        var server = spans.Single(span => span.Service == "ai" && span.Span.GetProperty("name").GetString() == "GET /api/v1/ai/recommendations").Span;
        var parent = server.GetProperty("parentSpanId").GetString();
        Assert.Contains(spans, span => span.Service == "gateway" && span.Span.GetProperty("spanId").GetString() == parent);
        // Its database statements are in the same trace, as the C# services' are.
        var statement = spans.First(span => span.Service == "ai" && span.Span.GetProperty("name").GetString() == "SELECT har_ai").Span;
        Assert.StartsWith("SELECT", Attribute(statement, "db.query.text"));
    }

    private static async Task<string> AdminTokenAsync(HttpClient gateway)
    {
        using var token = await gateway.PostAsJsonAsync("/api/v1/auth/login", new { email = WholeGraphFixture.AdminEmail, password = WholeGraphFixture.AdminPassword }, Cancel);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        return (await token.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("access_token").GetString()!;
    }

    /// <summary>An empty OTLP/gRPC trace export (HTTP/2 without TLS, a zero-length message), as a service's exporter sends it.</summary>
    private static async Task<HttpStatusCode> ExportEmptyTracesAsync(Uri endpoint, string? apiKey)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, "/opentelemetry.proto.collector.trace.v1.TraceService/Export"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(new byte[5]), // gRPC frame: not compressed, length 0
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        if (apiKey is not null)
        {
            request.Headers.Add("x-otlp-api-key", apiKey);
        }

        using var response = await client.SendAsync(request, Cancel);
        return response.StatusCode;
    }

    /// <summary>Flattens the dashboard's OTLP JSON into (service name, span).</summary>
    private static (string Service, JsonElement Span)[] Spans(JsonElement response) =>
        response.GetProperty("data").GetProperty("resourceSpans").EnumerateArray()
            .SelectMany(resource =>
            {
                var service = ServiceName(resource) ?? "";
                return resource.GetProperty("scopeSpans").EnumerateArray()
                    .SelectMany(scope => scope.GetProperty("spans").EnumerateArray())
                    .Select(span => (service, span));
            })
            .ToArray();

    private static string? ServiceName(JsonElement resourceTelemetry) => Attribute(resourceTelemetry.GetProperty("resource"), "service.name");

    private static string? Attribute(JsonElement element, string key) =>
        element.TryGetProperty("attributes", out var attributes)
            ? attributes.EnumerateArray().Where(attribute => attribute.GetProperty("key").GetString() == key)
                .Select(attribute => attribute.GetProperty("value").TryGetProperty("stringValue", out var value) ? value.GetString() : attribute.GetProperty("value").ToString())
                .FirstOrDefault()
            : null;
}
