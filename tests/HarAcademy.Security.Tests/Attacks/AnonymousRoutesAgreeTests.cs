using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using HarAcademy.Gateway.Proxy;
using HarAcademy.Security.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace HarAcademy.Security.Tests.Attacks;

/// <summary>
/// The gateway's list of anonymous routes and each service's own anonymous endpoints are the same set: every operation
/// of a service's OpenAPI document is called without a token on the service itself (anonymous there when the answer
/// is not 401) and compared with whether the gateway lets it through without one. An endpoint opened in a service but
/// not at the edge (unreachable), or opened at the edge but protected in the service (one check instead of two), fails.
/// </summary>
public sealed class AnonymousRoutesAgreeTests(SecurityGraph graph)
{
    [Theory]
    [InlineData("auth")]
    [InlineData("courses")]
    public async Task The_gateway_opens_exactly_what_the_service_opens(string service)
    {
        using var gateway = graph.Client();
        var document = JsonNode.Parse(await gateway.GetStringAsync($"/api/docs/{service}/openapi.json", SecurityGraph.Cancel))!.AsObject();
        using var direct = new HttpClient { BaseAddress = graph.Service(service) };
        var disagreements = new List<string>();
        var (open, closed) = (0, 0);
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, _) in item!.AsObject())
            {
                var path = Concrete(template);
                using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path);
                if (method is "post" or "put" or "patch")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await direct.SendAsync(request, SecurityGraph.Cancel);
                // Closed means refused for want of a token (a Bearer challenge): an open endpoint may answer 401 of its own
                // (a refresh with no valid refresh token).
                var openInService = !(response.StatusCode == HttpStatusCode.Unauthorized && response.Headers.WwwAuthenticate.Any(header => header.Scheme == "Bearer"));
                var openAtGateway = ServiceRoutes.Anonymous.Any(route => route.Service == service &&
                    (route.Methods is null || route.Methods.Contains(method.ToUpperInvariant())) && Matches(route.Path, path));
                (open, closed) = openInService ? (open + 1, closed) : (open, closed + 1);
                if (openInService != openAtGateway)
                {
                    disagreements.Add($"{method.ToUpperInvariant()} {template}: service {(openInService ? "open" : "closed")} ({(int)response.StatusCode}), gateway {(openAtGateway ? "open" : "closed")}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements));
        Assert.True(open > 0 && closed > 0, $"{service}: {open} open and {closed} closed operations");
    }

    /// <summary>A path of the template with made-up values: ids that exist nowhere, a certificate number of the right shape.</summary>
    private static string Concrete(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, "{([^}:]+)[^}]*}", match =>
            match.Groups[1].Value.Contains("number", StringComparison.OrdinalIgnoreCase) ? "HAR-2026-0000-0000-0000" : Guid.NewGuid().ToString());

    /// <summary>As the gateway's routing matches: the template, and its constraints (the kinds the list uses: guid, minlength).</summary>
    private static bool Matches(string routeTemplate, string path)
    {
        var template = TemplateParser.Parse(routeTemplate.TrimStart('/'));
        var values = new RouteValueDictionary();
        return new TemplateMatcher(template, new RouteValueDictionary()).TryMatch(path, values) &&
            template.Parameters.All(parameter => parameter.InlineConstraints.All(constraint =>
                Satisfies(constraint.Constraint, values[parameter.Name!]?.ToString() ?? "")));
    }

    private static bool Satisfies(string constraint, string value) => constraint switch
    {
        "guid" => Guid.TryParse(value, out _),
        _ when constraint.StartsWith("minlength(", StringComparison.Ordinal) => value.Length >= int.Parse(constraint[10..^1]),
        _ => throw new NotSupportedException($"Constraint {constraint}: teach this test how the gateway reads it."),
    };
}
