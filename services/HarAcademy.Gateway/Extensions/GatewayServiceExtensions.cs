using HarAcademy.Gateway.Proxy;

namespace HarAcademy.Gateway.Extensions;

public static class GatewayServiceExtensions
{
    public static WebApplicationBuilder AddGatewayServices(this WebApplicationBuilder builder)
    {
        var (routes, clusters) = DiscoveryProxyConfig.Build(builder.Configuration);
        builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters);

        // The web app's origins (AppHost parameter web-origins, comma-separated).
        var origins = (builder.Configuration["Parameters:web-origins"] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .AllowCredentials()
            .WithExposedHeaders("X-Request-Id", "Retry-After")));
        return builder;
    }
}
