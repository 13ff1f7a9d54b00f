namespace HarAcademy.Gateway.Proxy;

public static class NeverRoutedPaths
{
    /// <summary>
    /// Answers 404 for <see cref="ServiceRoutes.NeverRouted"/> and everything below, before authentication or any route to
    /// a service: these paths do not exist at the public door, for anyone.
    /// </summary>
    public static IApplicationBuilder UseNeverRoutedPaths(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (ServiceRoutes.NeverRouted.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next(context);
    });
}
