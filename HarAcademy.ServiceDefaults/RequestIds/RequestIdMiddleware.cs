using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HarAcademy.ServiceDefaults.RequestIds;

/// <summary>
/// Accepts a well-formed incoming <c>X-Request-Id</c> or makes a new one, then puts it everywhere it is needed:
/// the request headers (so a proxy forwards it), the response, <see cref="HttpContext.TraceIdentifier"/>
/// (so ProblemDetails carry it), the log scope, and <see cref="RequestId.Current"/> for outgoing calls.
/// </summary>
internal sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[RequestId.HeaderName].ToString();
        var id = RequestId.IsWellFormed(incoming) ? incoming : RequestId.New();

        context.Request.Headers[RequestId.HeaderName] = id;
        context.TraceIdentifier = id;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[RequestId.HeaderName] = id;
            return Task.CompletedTask;
        });

        RequestId.Current = id;
        using (logger.BeginScope(new RequestIdLogScope(id)))
        {
            await next(context);
        }
    }
}
