using HarAcademy.Payments.Extensions;
using Microsoft.Extensions.Options;

namespace HarAcademy.Payments.Reconciliation;

/// <summary>Runs reconciliation every <see cref="PaymentsOptions.ReconciliationInterval"/> (each replica; a run is safe alongside another).</summary>
public sealed class ReconciliationWorker(IServiceScopeFactory scopes, IOptions<PaymentsOptions> options, TimeProvider clock, ILogger<ReconciliationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ReconciliationInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<Reconciler>().RunAsync(stoppingToken);
                if (report.Completed + report.Failed + report.Renewed > 0)
                {
                    logger.LogInformation("Reconciliation: {Report}", report);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Reconciliation run failed; the next one tries again");
            }
        }
    }
}
