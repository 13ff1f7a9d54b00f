using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace HarAcademy.ServiceDefaults.RequestIds;

public static class RequestIdExtensions
{
    public static IServiceCollection AddRequestIds(this IServiceCollection services)
    {
        services.AddTransient<RequestIdPropagationHandler>();
        return services;
    }

    public static IHttpClientBuilder AddRequestIdPropagation(this IHttpClientBuilder builder) =>
        builder.AddHttpMessageHandler<RequestIdPropagationHandler>();

    public static IApplicationBuilder UseRequestIds(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestIdMiddleware>();
}
