using System.Text.Json;
using HarAcademy.Contracts.Notifications;
using HarAcademy.EventBus;
using HarAcademy.Gateway.Health;
using HarAcademy.Gateway.Proxy;
using HarAcademy.Gateway.Realtime;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;
using HarAcademy.ServiceDefaults.Forwarding;
using Yarp.ReverseProxy.Transforms;

namespace HarAcademy.Gateway.Extensions;

public static class GatewayServiceExtensions
{
    public static WebApplicationBuilder AddGatewayServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Aspire's Redis client (retries, traces); its health check is replaced by one that says Degraded, since the
        // gateway keeps serving with local rate limits when Redis is down.
        builder.AddRedisClient("redis", settings => settings.DisableHealthChecks = true);

        var proof = builder.Configuration["Gateway:ForwardingProof"];
        // Routes to the services, with edge authentication per route; destinations from service discovery.
        var (routes, clusters) = DiscoveryProxyConfig.Build(builder.Configuration);
        services.AddReverseProxy().LoadFromMemory(routes, clusters)
            .AddServiceDiscoveryDestinationResolver()
            .ConfigureHttpClient((_, handler) => handler.ConnectTimeout = TimeSpan.FromSeconds(1))
            // No product banner from the services behind the edge either (Kestrel, uvicorn), errors included.
            .AddTransforms(transforms =>
            {
                transforms.AddResponseHeaderRemove("Server", ResponseCondition.Always);
                // Proves to the services that this request came through the gateway, so they believe its X-Forwarded-For
                // (a client's own copy of the header is replaced, or dropped when no proof is configured).
                if (proof is { Length: > 0 })
                {
                    transforms.AddRequestHeader(GatewayForwardedHeaders.ProofHeader, proof, append: false);
                }
                else
                {
                    transforms.AddRequestHeaderRemove(GatewayForwardedHeaders.ProofHeader);
                }
            });
        builder.AddHarJwtValidation();
        services.AddGatewayRateLimiting(builder.Configuration);

        // The web app's origins: Cors:Origins, a list or one comma-separated value (the AppHost maps web-origins onto it).
        var origins = CorsOrigins.From(builder.Configuration);
        services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .AllowCredentials()
            .WithExposedHeaders("X-Request-Id", "Retry-After")));

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json"]);
        });
        // The gateway is the edge: a client's own X-Forwarded-For must not choose the IP its limits are counted under
        // (ServiceDefaults switches off the trust-everyone forwarded headers Aspire turns on). Behind a trusted load
        // balancer, set Gateway:TrustForwardedHeaders=true.
        if (builder.Configuration.GetValue("Gateway:TrustForwardedHeaders", false))
        {
            services.PostConfigure<ForwardedHeadersOptions>(options => options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue("Gateway:MaxRequestBodyBytes", 10L * 1024 * 1024);
            kestrel.AddServerHeader = false; // no product banner at the edge
        });

        // Real time: SignalR over the Redis backplane, fed by UserNotification events.
        var redis = builder.Configuration.GetConnectionString("redis")
            ?? throw new InvalidOperationException("ConnectionStrings:redis is not configured (the AppHost provides it).");
        // Messages are JSON in snake_case like every API of the platform: a notification reads the same live and in the feed.
        services.AddSignalR()
            .AddJsonProtocol(options =>
            {
                options.PayloadSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
                options.PayloadSerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
            })
            .AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = RedisChannel.Literal("har-signalr"));
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        services.AddSingleton<NotificationStore>();
        services.AddSingleton<LiveConnections>();
        services.AddEventHandler<UserNotification, NotificationDelivery>("gateway");

        services.AddSingleton<DownstreamHealthCheck>(); // one instance: it shares its latest probe between callers
        services.AddHealthChecks()
            .AddRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>(), name: "redis", failureStatus: Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded)
            .AddCheck<DownstreamHealthCheck>("downstream");
        return builder;
    }
}
