using HarAcademy.ServiceDefaults.RequestIds;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HarAcademy.ServiceDefaults.Problems;

public static class ProblemDetailsExtensions
{
    /// <summary>
    /// Every error leaves a service as RFC 9457 ProblemDetails carrying the request id; bad request bodies
    /// are reported as 4xx naming what was wrong, never as a 500.
    /// </summary>
    public static IServiceCollection AddHarProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["request_id"] =
                RequestId.Current ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();

        // Minimal APIs only throw on unreadable bodies in Development by default; elsewhere they answer an
        // empty 400. Throwing everywhere lets the handler above say which parameter or field was wrong.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }
}
