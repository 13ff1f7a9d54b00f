using HarAcademy.Gateway.Proxy;
using HarAcademy.ServiceDefaults.Discovery;
using Scalar.AspNetCore;

namespace HarAcademy.Gateway.Docs;

/// <summary>
/// The API reference at <c>/api/docs</c> (Scalar): one document per service, each fetched live from the service's own
/// <c>/openapi/v1.json</c> through <c>/api/docs/{service}/openapi.json</c>, so the reference never drifts from the code.
/// </summary>
public static class ApiDocs
{
    public static void MapApiDocs(this WebApplication app)
    {
        app.MapGet("/api/docs/{service}/openapi.json", async (string service, IConfiguration configuration, IHttpClientFactory clients, CancellationToken cancellationToken) =>
        {
            if (!ServiceRoutes.PrefixesByService.ContainsKey(service))
            {
                return Results.NotFound();
            }

            if (!ServiceEndpoints.IsConfigured(configuration, service))
            {
                return Results.Problem($"The {service} service is not running yet.", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            // Through service discovery, like any call from one service to another.
            using var client = clients.CreateClient("api-docs");
            try
            {
                var document = await client.GetStringAsync($"https+http://{service}/openapi/v1.json", cancellationToken);
                return Results.Text(document, "application/json");
            }
            catch (HttpRequestException)
            {
                return Results.Problem($"The {service} service did not provide its OpenAPI document.", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();

        app.MapScalarApiReference("/api/docs", options =>
        {
            options.WithTitle("Har Academy API");
            foreach (var service in ServiceRoutes.PrefixesByService.Keys)
            {
                options.AddDocument(service, service, $"/api/docs/{service}/openapi.json");
            }
        }).AllowAnonymous();
    }
}
