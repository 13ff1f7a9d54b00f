using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HarAcademy.Hosting.LocalProcesses;

internal static class ResourceServices
{
    /// <summary>The logger whose lines appear in the resource's console log in the dashboard.</summary>
    public static ILogger ResourceLog(this IServiceProvider services, IResource resource) =>
        services.GetRequiredService<ResourceLoggerService>().GetLogger(resource);
}
