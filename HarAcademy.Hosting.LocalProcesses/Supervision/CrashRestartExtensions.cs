using HarAcademy.Hosting.LocalProcesses.Supervision;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Aspire.Hosting;

public static class CrashRestartExtensions
{
    /// <summary>The resource property (dashboard, <c>aspire describe</c>) counting a replica's restarts after crashes.</summary>
    public const string RestartsProperty = "restarts";

    /// <summary>
    /// Every process of the graph (executables and projects, each replica on its own) that exits without being asked to
    /// is started again after a backoff of 1, 2, 4 … 30 s (back to 1 s once it had run a minute), as a supervisor would.
    /// Aspire leaves a crashed process exited; the restart shows in the dashboard (state, console log, <c>restarts</c>).
    /// </summary>
    public static IDistributedApplicationBuilder RestartCrashedProcesses(this IDistributedApplicationBuilder builder, Action<CrashRestartOptions>? configure = null)
    {
        if (builder.ExecutionContext.IsRunMode)
        {
            builder.Services.TryAddSingleton(TimeProvider.System);
            builder.Services.AddOptions<CrashRestartOptions>().Configure(options => configure?.Invoke(options));
            builder.Services.AddHostedService<CrashRestarter>();
        }

        return builder;
    }
}
