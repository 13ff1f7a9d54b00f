using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HarAcademy.Hosting.LocalProcesses.Supervision;

/// <summary>
/// Restarts a process (executable or project, each replica on its own) that crashed (<see cref="CrashPolicy"/>), after a
/// backoff, through the same start command the dashboard's button sends. Aspire does not do this itself. Each restart
/// is logged in the resource's console log and counted in its <c>restarts</c> property. One restart at most is pending
/// per replica; it is dropped if the replica changes state meanwhile (someone started it) or the AppHost stops.
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
            if (update.Resource is ExecutableResource or ProjectResource)
            {
                Observe(_replicas.GetOrAdd(update.ResourceId, _ => new Replica()), update, stoppingToken);
            }
        }
    }

    private void Observe(Replica replica, ResourceEvent update, CancellationToken stoppingToken)
    {
        var state = update.Snapshot.State?.Text;
        lock (replica.Gate)
        {
            var previous = replica.State;
            if (state == previous)
            {
                return;
            }

            replica.State = state;
            // Any change of state makes a pending restart moot. (Not disposed here: its wait may still be registering.)
            replica.PendingRestart?.Cancel();
            replica.PendingRestart = null;
            if (state == KnownResourceStates.Running)
            {
                replica.RunningSince = clock.GetUtcNow();
            }
            else if (CrashPolicy.IsCrash(previous, state) && !lifetime.ApplicationStopping.IsCancellationRequested)
            {
                var ranFor = clock.GetUtcNow() - replica.RunningSince;
                (replica.ConsecutiveCrashes, var delay) = CrashPolicy.Next(options.Value, replica.ConsecutiveCrashes, ranFor);
                replica.Restarts++;
                replica.PendingRestart = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
                _ = RestartAsync(update, delay, replica.Restarts, ranFor.TotalSeconds, replica.PendingRestart.Token, stoppingToken);
            }
        }
    }

    /// <param name="pending">Cancelled when the restart became moot; it only cuts the wait short, never a start under way.</param>
    private async Task RestartAsync(ResourceEvent crash, TimeSpan delay, int restarts, double uptimeSeconds, CancellationToken pending, CancellationToken stoppingToken)
    {
        var log = resourceLogs.GetLogger(crash.ResourceId);
        try
        {
            log.LogWarning("Exited unexpectedly (exit code {ExitCode}) after {Uptime:0.#} s; restarting in {Delay:0.#} s (restart {Restarts})",
                crash.Snapshot.ExitCode, uptimeSeconds, delay.TotalSeconds, restarts);
            await notifications.PublishUpdateAsync(crash.Resource, crash.ResourceId, snapshot => snapshot with
            {
                Properties = [.. snapshot.Properties.Where(property => property.Name != CrashRestartExtensions.RestartsProperty),
                    new ResourcePropertySnapshot(CrashRestartExtensions.RestartsProperty, restarts)],
            });
            await Task.Delay(delay, clock, pending);
            var result = await commands.ExecuteCommandAsync(crash.ResourceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (!result.Success)
            {
                log.LogError("Restart failed: {Message}", result.Message);
            }
        }
        catch (OperationCanceledException) when (pending.IsCancellationRequested || stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Restarting {Resource} failed", crash.ResourceId);
            log.LogError("Restart failed: {Message}", exception.Message);
        }
    }

    /// <summary>One replica's last state, uptime, crash counts and pending restart.</summary>
    private sealed class Replica
    {
        public Lock Gate { get; } = new();
        public string? State { get; set; }
        public DateTimeOffset RunningSince { get; set; }
        public int ConsecutiveCrashes { get; set; }
        public int Restarts { get; set; }
        public CancellationTokenSource? PendingRestart { get; set; }
    }
}
