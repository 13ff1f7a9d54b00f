using HarAcademy.Hosting.Orchestration;
using HarAcademy.Hosting.Resources;

namespace HarAcademy.Hosting;

// Start-up and shut-down steps of DistributedApplication.
public sealed partial class DistributedApplication
{
    private HashSet<Resource> SelectResources()
    {
        if (Selection is null)
        {
            return [.. Resources];
        }

        var selected = new HashSet<Resource>();
        var pending = new Stack<Resource>(Selection.Select(name =>
            Resources.FirstOrDefault(resource => resource.Name == name)
            ?? throw new GraphException($"selection names unknown resource '{name}'")));
        while (pending.TryPop(out var resource))
        {
            if (selected.Add(resource))
            {
                foreach (var dependency in GraphValidator.Dependencies(resource))
                {
                    pending.Push(dependency);
                }
            }
        }

        return selected;
    }

    private void CheckPrerequisites(IEnumerable<ProcessResource> processes)
    {
        var problems = processes.SelectMany(process => process.Preflight(_context!)).ToArray();
        if (problems.Length > 0)
        {
            throw new StartupException(problems.Select(problem =>
                $"{problem.ResourceName}: {problem.What}; install it with: {problem.InstallCommand}  (or run ./build.sh run, which installs everything)").ToArray());
        }
    }

    private void AssignPorts(IEnumerable<ProcessResource> processes)
    {
        var problems = new List<string>();
        foreach (var process in processes)
        {
            var ports = new int[process.Replicas];
            for (var replica = 0; replica < ports.Length; replica++)
            {
                if (replica == 0 && !Options.Isolated && process.PreferredPort is { } preferred)
                {
                    if (!PortAllocator.IsFree(preferred))
                    {
                        problems.Add($"resource '{process.Name}' cannot listen on port {preferred}: the port is already in use (another Har Academy run, or another program)");
                    }

                    ports[replica] = preferred;
                }
                else
                {
                    ports[replica] = PortAllocator.GetFreePort();
                }
            }

            process.AssignPorts(ports);
        }

        if (Options.DashboardPort is > 0 and var dashboardPort && !PortAllocator.IsFree(dashboardPort))
        {
            problems.Add($"the dashboard cannot listen on port {dashboardPort}: the port is already in use (use --dashboard-port N)");
        }

        if (problems.Count > 0)
        {
            throw new StartupException(problems);
        }
    }

    private async Task StartWhenReadyAsync(ResourceSupervisor supervisor, CancellationToken cancellationToken)
    {
        foreach (var replica in supervisor.Replicas)
        {
            replica.MarkWaiting();
        }

        try
        {
            var dependencies = GraphValidator.Dependencies(supervisor.Resource)
                .Select(dependency => dependency.Owner)
                .Distinct()
                .Where(owner => owner != supervisor.Resource)
                .Select(owner => _supervisors[owner.Name]);
            await Task.WhenAll(dependencies.Select(dependency => dependency.WaitUntilHealthyAsync(cancellationToken)));
            await supervisor.Resource.PrepareAsync(_context!, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (Exception exception)
        {
            foreach (var replica in supervisor.Replicas)
            {
                replica.MarkFailed($"preparation failed: {exception.Message}");
            }

            return;
        }

        foreach (var replica in supervisor.Replicas)
        {
            replica.Start();
        }
    }

    private async Task StopCoreAsync()
    {
        await _stopping.CancelAsync();
        var stopped = new Dictionary<ResourceSupervisor, Task>();

        Task StopAfterDependents(ResourceSupervisor supervisor)
        {
            if (stopped.TryGetValue(supervisor, out var existing))
            {
                return existing;
            }

            var dependents = _supervisors.Values
                .Where(other => GraphValidator.Dependencies(other.Resource).Any(dependency => dependency.Owner == supervisor.Resource))
                .Select(StopAfterDependents)
                .ToArray();
            var task = StopOneAsync(supervisor, dependents);
            stopped[supervisor] = task;
            return task;
        }

        static async Task StopOneAsync(ResourceSupervisor supervisor, Task[] dependents)
        {
            await Task.WhenAll(dependents);
            if (supervisor.Started is { } started)
            {
                await started;
            }

            await Task.WhenAll(supervisor.Replicas.Select(replica => replica.ShutdownAsync()));
        }

        await Task.WhenAll(_supervisors.Values.Select(StopAfterDependents).ToArray());
        if (_dashboard is not null)
        {
            await _dashboard.DisposeAsync();
        }

        foreach (var supervisor in _supervisors.Values)
        {
            supervisor.Dispose();
        }

        if (_temporaryDataDirectory is not null)
        {
            try
            {
                Directory.Delete(_temporaryDataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A straggler still writing; the OS cleans temporary folders eventually.
            }
        }
    }

    private async Task AnnounceWhenHealthyAsync(CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        if (DashboardUrl is not null)
        {
            Console.WriteLine($"apphost | dashboard: {DashboardUrl}");
        }

        try
        {
            await Task.WhenAll(_supervisors.Values.Select(supervisor => supervisor.WaitUntilHealthyAsync(cancellationToken)));
        }
        catch (OperationCanceledException)
        {
            return;
        }

        Console.WriteLine($"apphost | all {_supervisors.Count} resources healthy in {(DateTimeOffset.UtcNow - started).TotalSeconds:0.0} s");
        foreach (var supervisor in _supervisors.Values.Where(supervisor => supervisor.Resource.Scheme == "http"))
        {
            Console.WriteLine($"apphost |   {supervisor.Resource.Name,-10} {string.Join("  ", supervisor.Resource.GetEndpoints())}");
        }
    }

    private Resource? FindResource(string name) => Resources.FirstOrDefault(resource => resource.Name == name);

    private ResourceSupervisor SupervisorFor(string name) =>
        _supervisors.TryGetValue(name, out var supervisor)
            ? supervisor
            : throw new InvalidOperationException($"Resource '{name}' is not a running process of this application.");

    private void ForEachReplica(string resourceName, Action<ReplicaRunner> action)
    {
        foreach (var replica in SupervisorFor(resourceName).Replicas)
        {
            action(replica);
        }
    }

    private static void ReportFatal(Exception? exception)
    {
        if (exception is GraphException or StartupException)
        {
            // A declaration or machine problem, not a bug: one clear line, no stack trace.
            Console.Error.WriteLine($"error: {exception.Message}");
            Environment.Exit(1);
        }
    }
}
