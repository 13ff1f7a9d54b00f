using Microsoft.AspNetCore.Mvc;
using Yarp.ReverseProxy.Forwarder;

namespace HarAcademy.Gateway.Proxy;

/// <summary>
/// Turns a failed forward into a ProblemDetails naming the service: an unreachable or absent service is a 503 (at
/// once: the connect timeout is one second), an upstream that exceeds the timeout is a 504.
/// </summary>
public static class UpstreamErrorProblems
{
    private static (int Status, string Detail) ClientBodyProblem(Exception? exception)
    {
        // YARP may wrap Kestrel's exception; the status it carries (413 for an oversized body) is the answer.
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return (StatusCodes.Status413PayloadTooLarge, "The request body is too large.");
            }
        }

        return (StatusCodes.Status400BadRequest, "The request body could not be read.");
    }

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
            ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled or ForwarderError.ResponseBodyCanceled => (499, ""),
            // The client's own body was at fault (too large, cut short): a 4xx, not the service's failure.
            ForwarderError.RequestBodyClient => ClientBodyProblem(error.Exception),
            _ => (StatusCodes.Status503ServiceUnavailable, $"The {service} service is unreachable right now."),
        };
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UpstreamErrorProblems))
            .LogWarning("Forwarding {Method} {Path} to {Service} failed ({Error}); answering {Status}",
                context.Request.Method, context.Request.Path.Value, service, error.Error, status);
        context.Response.Clear();
        context.Response.StatusCode = status;
        if (status == 499)
        {
            return;
        }

        if (status >= 500)
        {
            context.Response.Headers.RetryAfter = "5";
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }
}
