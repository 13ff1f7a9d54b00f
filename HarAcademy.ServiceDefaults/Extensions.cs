using System.Text.Json;
using System.Text.Json.Serialization;
using HarAcademy.ServiceDefaults.Forwarding;
using HarAcademy.ServiceDefaults.Logging;
using HarAcademy.ServiceDefaults.Problems;
using HarAcademy.ServiceDefaults.RequestIds;
using HarAcademy.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The Aspire ServiceDefaults template's shape (telemetry, health, resilience, discovery) plus what every
/// Har Academy service shares: request ids, ProblemDetails, JSON logs and snake_case JSON.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public const string HealthEndpointPath = "/health";
    public const string AlivenessEndpointPath = "/alive";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureJsonConsoleLogging();
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        builder.Services.AddServiceDiscovery();
        // One clock for every service's own time-based logic; tests replace it with a fake one.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddRequestIds();
        builder.Services.AddGatewayForwardedHeaders();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
            http.AddRequestIdPropagation();
        });

        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
            // A field the API does not know is a client mistake to report, not something to drop silently.
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.Converters.Add(new TextHygiene.JsonConverter());
        });
        builder.Services.AddHarProblemDetails();
        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        // Export only when a collector was configured (the AppHost sets the variable when it has one).
        var exporting = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry();
        if (exporting)
        {
            // Aggregating metrics nobody exports only costs CPU on every request (the runtime's own meters still
            // serve dotnet-counters without this).
            telemetry.WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation());
        }

        telemetry.WithTracing(tracing => tracing
            .AddSource(builder.Environment.ApplicationName)
            .AddAspNetCoreInstrumentation(options =>
                // Probes every few seconds would drown the real traces.
                options.Filter = context =>
                    !context.Request.Path.StartsWithSegments(HealthEndpointPath)
                    && !context.Request.Path.StartsWithSegments(AlivenessEndpointPath))
            .AddHttpClientInstrumentation(options =>
                // Nor the gateway's own probes of the services behind it (YARP's active health checks).
                options.FilterHttpRequestMessage = request =>
                    request.RequestUri?.AbsolutePath is not (HealthEndpointPath or AlivenessEndpointPath))
            // With no collector, spans are still created (trace ids in logs, traceparent propagated) but not
            // recorded: nobody would read them, and recording costs measurable throughput at the gateway.
            .SetSampler(exporting ? new ParentBasedSampler(new RequestRootSampler()) : new AlwaysOffSampler()));

        if (exporting)
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary>
    /// The middleware every service runs first: the client's address from the gateway's forwarded headers (only when
    /// the request proves it came through the gateway: <see cref="GatewayForwardedHeaders"/>), request ids (so every later line and error carries one), error handling
    /// (every failure a ProblemDetails), then a 400 for query strings carrying characters that have no place in text
    /// (<see cref="TextHygiene"/>). Endpoints are mapped apart, by <see cref="MapDefaultEndpoints"/>.
    /// </summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseGatewayForwardedHeaders();
        app.UseRequestIds();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(TextHygiene.CheckQueryAsync);
        return app;
    }

    /// <summary>
    /// <c>/health</c> (all checks: ready) and <c>/alive</c> (live checks). Unlike the template these are mapped in every
    /// environment: Aspire and Kubernetes probe them. They return only the status word.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthEndpointPath).AllowAnonymous();
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("live"),
        }).AllowAnonymous();
        return app;
    }
}
