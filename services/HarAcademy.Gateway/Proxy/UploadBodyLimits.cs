using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;

namespace HarAcademy.Gateway.Proxy;

/// <summary>
/// Bodies are capped at the edge (Gateway:MaxRequestBodyBytes, 10 MB); a course's media upload, a video, may be larger
/// (Gateway:MaxUploadBytes, 512 MB), and only that route, only for a signed-in caller (authorization still runs after).
/// The courses service checks each kind's own limit once it knows what the file is.
/// </summary>
public static partial class UploadBodyLimits
{
    [GeneratedRegex("^/api/v1/courses/[0-9a-fA-F-]{36}/media/?$")]
    private static partial Regex MediaUpload();

    public static IApplicationBuilder UseUploadBodyLimits(this IApplicationBuilder app)
    {
        var limit = app.ApplicationServices.GetRequiredService<IConfiguration>().GetValue("Gateway:MaxUploadBytes", 512L * 1024 * 1024);
        return app.Use((context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && MediaUpload().IsMatch(context.Request.Path.Value ?? "") &&
                context.Request.Headers.Authorization.Count > 0 &&
                context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            {
                body.MaxRequestBodySize = limit;
            }

            return next(context);
        });
    }
}
