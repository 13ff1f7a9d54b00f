using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HarAcademy.ServiceDefaults.Logging;

public static class JsonConsoleLogging
{
    /// <summary>
    /// One JSON object per log line on the console, with scopes (request id) and the trace and span ids of the
    /// current activity, so the AppHost's log view and any log shipper can join lines across services.
    /// </summary>
    public static TBuilder ConfigureJsonConsoleLogging<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.ClearProviders();
        builder.Logging.Configure(options =>
            options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            options.UseUtcTimestamp = true;
        });
        return builder;
    }
}
