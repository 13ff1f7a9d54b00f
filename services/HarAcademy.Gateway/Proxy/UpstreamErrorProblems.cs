using Microsoft.AspNetCore.Mvc;
using Yarp.ReverseProxy.Forwarder;

namespace HarAcademy.Gateway.Proxy;

/// <summary>
/// Turns a failed forward into a ProblemDetails naming the service: an unreachable or absent service is a 503 (at
/// once: the connect timeout is one second), an upstream that exceeds the timeout is a 504.
/// </summary>
public static class UpstreamErrorProblems
{
    public static async Task WriteAsync(HttpContext context, Func<Task> next)
    {
        await next();
        var error = context.GetForwarderErrorFeature();
        if (error is null || context.Response.HasStarted)
        {
            return;
        }

        var service = context.GetReverseProxyFeature().Cluster.Config.ClusterId;
        var (status, detail) = error.Error switch
        {
            ForwarderError.RequestTimedOut => (StatusCodes.Status504GatewayTimeout, $"The {service} service did not answer in time."),
            ForwarderError.NoAvailableDestinations => (StatusCodes.Status503ServiceUnavailable, $"The {service} service is not available."),
            ForwarderError.RequestCanceled => (499, "The client closed the request."),
            _ => (StatusCodes.Status503ServiceUnavailable, $"The {service} service is unreachable right now."),
        };
        context.Response.Clear();
        context.Response.StatusCode = status;
        if (status == 499)
        {
            return;
        }

        context.Response.Headers.RetryAfter = "5";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = status == 504 ? "Gateway Timeout" : "Service Unavailable", Detail = detail },
        });
    }
}
