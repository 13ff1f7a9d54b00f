using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HarAcademy.Hosting.LocalProcesses.Supervision;

/// <summary>
/// Restarts a process (executable or project, each replica on its own) that exited while the AppHost expected it to run,
/// after a backoff, through the same start command the dashboard's button sends. Aspire does not do this itself.
/// A stop asked for (dashboard, CLI, AppHost shutdown) passes through DCP's Stopping state; a crash does not.
/// Each restart is logged in the resource's console log and counted in its <c>restarts</c> property.
/// </summary>
internal sealed class CrashRestarter(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService resourceLogs,
    IHostApplicationLifetime lifetime,
    IOptions<CrashRestartOptions> options,
    TimeProvider clock,
    ILogger<CrashRestarter> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Replica> _replicas = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var update in notifications.WatchAsync(stoppingToken))
        {
            if (update.Resource is not (ExecutableResource or ProjectResource))
            {
                continue;
            }

            var replica = _replicas.GetOrAdd(update.ResourceId, _ => new Replica());
            var state = update.Snapshot.State?.Text;
            var previous = replica.State;
            replica.State = state;
            logger.LogDebug("{Resource} {Previous} -> {State} (exit code {ExitCode})", update.ResourceId, previous, state, update.Snapshot.ExitCode);
            if (state == KnownResourceStates.Running && previous != KnownResourceStates.Running)
            {
                replica.RunningSince = clock.GetUtcNow();
            }
            else if (previous == KnownResourceStates.Running && IsExit(state) && !lifetime.ApplicationStopping.IsCancellationRequested)
            {
                _ = RestartAsync(update, replica, stoppingToken);
            }
        }
    }

    private static bool IsExit(string? state) => state == KnownResourceStates.Finished || state == KnownResourceStates.Exited;

    private async Task RestartAsync(ResourceEvent crash, Replica replica, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var ranFor = clock.GetUtcNow() - replica.RunningSince;
        replica.ConsecutiveCrashes = ranFor >= settings.StableAfter ? 1 : replica.ConsecutiveCrashes + 1;
        replica.Restarts++;
        var delay = settings.DelayBefore(replica.ConsecutiveCrashes);
        var log = resourceLogs.GetLogger(crash.ResourceId);
        log.LogWarning("Exited unexpectedly (exit code {ExitCode}) after {Uptime:0.#} s; restarting in {Delay:0.#} s (restart {Restarts})",
            crash.Snapshot.ExitCode, ranFor.TotalSeconds, delay.TotalSeconds, replica.Restarts);
        await notifications.PublishUpdateAsync(crash.Resource, crash.ResourceId, snapshot => snapshot with
        {
            Properties = [.. snapshot.Properties.Where(property => property.Name != CrashRestartExtensions.RestartsProperty), new ResourcePropertySnapshot(CrashRestartExtensions.RestartsProperty, replica.Restarts)],
        });

        try
        {
            await Task.Delay(delay, clock, stoppingToken);
            if (lifetime.ApplicationStopping.IsCancellationRequested || !IsExit(replica.State))
            {
                return; // shutting down, or someone started it meanwhile
            }

            var result = await commands.ExecuteCommandAsync(crash.ResourceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (!result.Success)
            {
                log.LogError("Restart failed: {Message}", result.Message);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private sealed class Replica
    {
        public string? State { get; set; }
        public DateTimeOffset RunningSince { get; set; }
        public int ConsecutiveCrashes { get; set; }
        public int Restarts { get; set; }
    }
}
