using System.Threading.Channels;
using HarAcademy.Hosting.Logs;
using HarAcademy.Hosting.Resources;

namespace HarAcademy.Hosting.Orchestration;

public enum ReplicaState { NotStarted, Waiting, Starting, Running, Restarting, Stopping, Stopped, FailedToStart }

public enum ReplicaHealth { Unknown, Healthy, Unhealthy }

/// <summary>
/// Supervises one replica of a process resource: starts it, probes its health, restarts it with exponential
/// backoff when it dies, and obeys stop / start / restart commands from the dashboard. One loop owns the
/// process, so commands and crashes never race each other.
/// </summary>
public sealed class ReplicaRunner(ProcessResource resource, int replica, ResourceContext context, Func<LaunchSpec> launch, Action<int, bool, string> output)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StableAfter = TimeSpan.FromSeconds(30);

    private enum Command { Start, Stop, Restart, Shutdown }

    private readonly Channel<Command> _commands = Channel.CreateUnbounded<Command>();
    private Task<Command>? _pendingCommand;
    private Task? _loop;

    public ProcessResource Resource { get; } = resource;
    public int Replica { get; } = replica;
    public ReplicaState State { get; private set; } = ReplicaState.NotStarted;
    public ReplicaHealth Health { get; private set; } = ReplicaHealth.Unknown;
    public int? Pid { get; private set; }
    public int Restarts { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public int? LastExitCode { get; private set; }

    public Uri Endpoint => Resource.GetEndpoints()[Replica];

    public void MarkWaiting() => State = ReplicaState.Waiting;

    public void MarkFailed(string reason)
    {
        State = ReplicaState.FailedToStart;
        output(Replica, true, reason);
    }

    public void Start() => _loop ??= Task.Run(SuperviseAsync);

    public void RequestStart() => _commands.Writer.TryWrite(Command.Start);
    public void RequestStop() => _commands.Writer.TryWrite(Command.Stop);
    public void RequestRestart() => _commands.Writer.TryWrite(Command.Restart);

    /// <summary>Stops the process (if any) and ends supervision.</summary>
    public async Task ShutdownAsync()
    {
        if (_loop is null)
        {
            State = ReplicaState.Stopped;
            return;
        }

        _commands.Writer.TryWrite(Command.Shutdown);
        await _loop;
    }

    private Task<Command> NextCommand() => _pendingCommand ??= _commands.Reader.ReadAsync().AsTask();

    private Command TakeCommand()
    {
        var command = _pendingCommand!.Result;
        _pendingCommand = null;
        return command;
    }

    private async Task SuperviseAsync()
    {
        var consecutiveFailures = 0;
        while (true)
        {
            ProcessGroup group;
            try
            {
                State = ReplicaState.Starting;
                Health = ReplicaHealth.Unknown;
                group = ProcessGroup.Start(launch(), (line, isError) => output(Replica, isError, line));
            }
            catch (Exception exception)
            {
                MarkFailed($"could not start: {exception.Message}");
                Health = ReplicaHealth.Unhealthy;
                consecutiveFailures++;
                if (await WaitOrCommandAsync(Backoff(consecutiveFailures)) is { } early && await ObeyWhileDownAsync(early) == Command.Shutdown)
                {
                    return;
                }

                continue;
            }

            Pid = group.Pid;
            StartedAt = DateTimeOffset.UtcNow;
            using var probing = new CancellationTokenSource();
            var probe = ProbeAsync(probing.Token);

            var request = await WaitForExitOrCommandAsync(group);
            await probing.CancelAsync();
            await probe;
            if (request is null)
            {
                LastExitCode = group.Exited.Result;
                await group.StopAsync(ProcessGroup.SIGKILL, TimeSpan.Zero); // members that outlived the leader
                group.Dispose();
                consecutiveFailures = DateTimeOffset.UtcNow - StartedAt > StableAfter ? 1 : consecutiveFailures + 1;
                Restarts++;
                State = ReplicaState.Restarting;
                Health = ReplicaHealth.Unhealthy;
                Pid = null;
                var delay = Backoff(consecutiveFailures);
                output(Replica, true, $"exited with code {LastExitCode}; restarting in {delay.TotalSeconds:0.#} s");
                if (await WaitOrCommandAsync(delay) is { } command && await ObeyWhileDownAsync(command) == Command.Shutdown)
                {
                    return;
                }

                continue;
            }

            State = ReplicaState.Stopping;
            await group.StopAsync(Resource.StopSignal, context.Options.StopGracePeriod);
            LastExitCode = group.Exited.IsCompleted ? group.Exited.Result : null;
            group.Dispose();
            Pid = null;
            Health = ReplicaHealth.Unknown;
            State = ReplicaState.Stopped;
            consecutiveFailures = 0;
            switch (request.Value)
            {
                case Command.Restart:
                    Restarts++;
                    continue;
                case Command.Shutdown:
                    return;
                case Command.Stop when await ObeyWhileDownAsync(Command.Stop) == Command.Shutdown:
                    return;
            }
        }
    }

    /// <summary>Null when the process exited by itself; otherwise the command (other than a redundant Start) that arrived.</summary>
    private async Task<Command?> WaitForExitOrCommandAsync(ProcessGroup group)
    {
        while (true)
        {
            if (await Task.WhenAny(group.Exited, NextCommand()) == group.Exited)
            {
                return null;
            }

            var command = TakeCommand();
            if (command != Command.Start)
            {
                return command;
            }
        }
    }

    /// <summary>Waits out a backoff; returns a command that arrived meanwhile, or null when the delay ran out.</summary>
    private async Task<Command?> WaitOrCommandAsync(TimeSpan delay)
    {
        var finished = await Task.WhenAny(Task.Delay(delay), NextCommand());
        return finished == _pendingCommand ? TakeCommand() : null;
    }

    /// <summary>While the process is down: Stop keeps it down until Start or Restart; Shutdown ends supervision.</summary>
    private async Task<Command> ObeyWhileDownAsync(Command command)
    {
        while (command == Command.Stop)
        {
            State = ReplicaState.Stopped;
            Health = ReplicaHealth.Unknown;
            await NextCommand();
            command = TakeCommand();
        }

        return command;
    }

    private async Task ProbeAsync(CancellationToken cancellationToken)
    {
        var probe = Resource.CreateHealthProbe(context, Replica);
        var prepared = false;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var healthy = await probe.IsHealthyAsync(cancellationToken);
                if (healthy && !prepared)
                {
                    try
                    {
                        await Resource.OnHealthyAsync(context, Replica, cancellationToken);
                        prepared = true;
                        State = ReplicaState.Running;
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        output(Replica, true, $"post-start step failed: {exception.Message}");
                        healthy = false;
                    }
                }

                Health = healthy ? ReplicaHealth.Healthy : prepared ? ReplicaHealth.Unhealthy : ReplicaHealth.Unknown;
                await Task.Delay(healthy ? TimeSpan.FromSeconds(2) : TimeSpan.FromMilliseconds(150), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The process exited or is being stopped.
        }
    }

    private static TimeSpan Backoff(int consecutiveFailures) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Max(0, consecutiveFailures - 1))));
}
