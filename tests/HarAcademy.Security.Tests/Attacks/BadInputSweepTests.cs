using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HarAcademy.Security.Tests.Infrastructure;

namespace HarAcademy.Security.Tests.Attacks;

/// <summary>
/// Finding 6, generally: every operation of every service's OpenAPI document (read through the gateway's API
/// reference), called through the gateway as an admin with malformed path values, query values and bodies: the answer
/// is never a 5xx, and every 4xx is a ProblemDetails. New operations and services are swept as they appear.
/// </summary>
public sealed class BadInputSweepTests(SecurityGraph graph)
{
    private static CancellationToken Cancel => SecurityGraph.Cancel;

    private static readonly string[] BadScalars =
        ["", "%00", "not-a-value", "-1", "0", "2147483647", "1073741825", "99999999999999999999", "1e309", "%E2%80%8B", "%27%3B--", new string('x', 5000)];

    private sealed record Operation(string Service, HttpMethod Method, string Path, IReadOnlyList<string> QueryParameters, JsonObject? BodySchema);

    private sealed record Attempt(Operation Operation, string Url, HttpContent? Body, string Description);

    [Fact]
    public async Task No_malformed_input_to_any_operation_gets_a_server_error()
    {
        var operations = new List<Operation>();
        using (var client = graph.Client())
        {
            foreach (var service in new[] { "auth", "courses", "payments", "ai" })
            {
                using var response = await client.GetAsync($"/api/docs/{service}/openapi.json", Cancel);
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    continue; // not in this graph
                }

                operations.AddRange(Operations(service, JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!.AsObject()));
            }
        }

        Assert.True(operations.Count >= 20, $"only {operations.Count} operations found in the documents");
        // An admin of its own (sign-out everywhere is among the operations: other tests' admin sessions must not end),
        // with a fresh session per operation, since sign-out operations end the one they are called with.
        var (_, adminEmail) = await graph.NewAdminAsync();
        var failures = new List<string>();
        var attempts = 0;
        // Rotating the signing keys hundreds of times would make every other test's tokens wait for validators to
        // fetch the new keys; it takes no input anyway.
        foreach (var operation in operations.Where(operation => !operation.Path.EndsWith("/keys/rotate", StringComparison.Ordinal)))
        {
            var token = await graph.TokenAsync(adminEmail, SecurityGraph.GoodPassword);
            foreach (var attempt in Attempts(operation))
            {
                attempts++;
                using var client = graph.Client();
                using var request = new HttpRequestMessage(operation.Method, attempt.Url) { Content = attempt.Body };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await client.SendAsync(request, Cancel);
                var status = (int)response.StatusCode;
                if (status >= 500)
                {
                    failures.Add($"{operation.Method} {operation.Path} with {attempt.Description}: {status}");
                }
                else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json" && response.Content.Headers.ContentLength != 0)
                {
                    failures.Add($"{operation.Method} {operation.Path} with {attempt.Description}: {status} as {response.Content.Headers.ContentType?.MediaType}, not a ProblemDetails");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {attempts} calls:\n{string.Join('\n', failures.Take(40))}");
    }

    private static IEnumerable<Operation> Operations(string service, JsonObject document)
    {
        var schemas = document["components"]?["schemas"]?.AsObject();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, body) in item!.AsObject())
            {
                if (method is "parameters" or "summary" or "description" || body is not JsonObject operation)
                {
                    continue;
                }

                var query = operation["parameters"]?.AsArray().Select(parameter => parameter!.AsObject())
                    .Where(parameter => (string?)parameter["in"] == "query").Select(parameter => (string)parameter["name"]!).ToList() ?? [];
                var bodySchema = operation["requestBody"]?["content"]?["application/json"]?["schema"] is JsonObject schema ? Resolve(schema, schemas) : null;
                yield return new Operation(service, new HttpMethod(method.ToUpperInvariant()), path, query, bodySchema);
            }
        }
    }

    private static JsonObject Resolve(JsonObject schema, JsonObject? schemas) =>
        schema["$ref"] is JsonValue reference && schemas?[((string)reference!).Split('/')[^1]] is JsonObject target ? target : schema;

    private static IEnumerable<Attempt> Attempts(Operation operation)
    {
        var hasPathValues = operation.Path.Contains('{');
        string PathWith(string value) => System.Text.RegularExpressions.Regex.Replace(operation.Path, "{[^}]+}", value.Length == 0 ? "%20" : value);
        var basePath = hasPathValues ? PathWith(Guid.Empty.ToString()) : operation.Path;

        if (hasPathValues)
        {
            foreach (var value in BadScalars)
            {
                yield return new Attempt(operation, PathWith(value), ValidBody(operation), $"path value '{Short(value)}'");
            }
        }

        foreach (var parameter in operation.QueryParameters)
        {
            foreach (var value in BadScalars)
            {
                yield return new Attempt(operation, $"{basePath}?{parameter}={value}", ValidBody(operation), $"query {parameter}='{Short(value)}'");
            }

            yield return new Attempt(operation, $"{basePath}?{parameter}=1&{parameter}=2", ValidBody(operation), $"query {parameter} twice");
        }

        if (operation.BodySchema is null && operation.Method == HttpMethod.Get)
        {
            yield break;
        }

        foreach (var raw in new[] { "", "null", "[]", "{}", "\"text\"", "42", "{\"a\":", "{\"a\":1}", "\u0000", "{\"x\":\"\\u0000\"}" })
        {
            yield return new Attempt(operation, basePath, Json(raw), $"body {Short(raw)}");
        }

        yield return new Attempt(operation, basePath, new StringContent("a=1", Encoding.UTF8, "application/x-www-form-urlencoded"), "a form body");
        var properties = operation.BodySchema?["properties"]?.AsObject();
        foreach (var (name, _) in properties ?? [])
        {
            foreach (var value in new JsonNode?[] { null, 42, -1, 1e300, true, "", "a\u0000b", "\u200B", new string('x', 100_000), new JsonArray(), new JsonObject(), new JsonArray(null, 1, "x") })
            {
                var body = new JsonObject { [name] = value?.DeepClone() };
                yield return new Attempt(operation, basePath, Json(body.ToJsonString()), $"{name}={Short(value?.ToJsonString() ?? "null")}");
            }
        }
    }

    private static HttpContent? ValidBody(Operation operation) => operation.BodySchema is null ? null : Json("{}");

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static string Short(string value) => value.Length > 24 ? $"{value[..12]}…({value.Length} chars)" : value;
}
