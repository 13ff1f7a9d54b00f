using System.Runtime.InteropServices;
using HarAcademy.Hosting.Dashboard;
using HarAcademy.Hosting.Logs;
using HarAcademy.Hosting.Orchestration;
using HarAcademy.Hosting.Resources;
using Microsoft.Extensions.Configuration;

namespace HarAcademy.Hosting;

/// <summary>
/// A built graph: starts its resources in dependency order (in parallel where independent, each gated on the
/// health of what it waits for), supervises them, serves the dashboard, and stops everything in reverse order.
/// </summary>
public sealed partial class DistributedApplication : IAsyncDisposable
{
    private static int _fatalReporterInstalled;
    private readonly IConfiguration _configuration;
    private readonly Dictionary<string, ResourceSupervisor> _supervisors = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private HashSet<Resource> _selected = [];
    private DashboardServer? _dashboard;
    private ResourceContext? _context;
    private string? _temporaryDataDirectory;
    private Task? _stopTask;

    internal DistributedApplication(DistributedApplicationOptions options, IConfiguration configuration, IReadOnlyList<Resource> resources, IReadOnlyList<ParameterResource> parameters)
    {
        Options = options;
        _configuration = configuration;
        Resources = resources;
        Parameters = parameters;
    }

    public DistributedApplicationOptions Options { get; }
    public IReadOnlyList<Resource> Resources { get; }
    public IReadOnlyList<ParameterResource> Parameters { get; }

    /// <summary>Names of the resources to run (with everything they depend on); null runs the whole graph.</summary>
    public IReadOnlyCollection<string>? Selection { get; set; }

    public Uri? DashboardUrl => _dashboard?.Url;

    /// <summary>Set when a testing builder captured this application: <see cref="RunAsync"/> then returns at once.</summary>
    internal bool CapturedForTesting { get; set; }

    internal IReadOnlyDictionary<string, ResourceSupervisor> Supervisors => _supervisors;

    public static DistributedApplicationBuilder CreateBuilder(string[] args)
    {
        var options = DistributedApplicationTestingHook.CreateOptions() ?? new DistributedApplicationOptions();
        if (AppHostCommandLine.TryApply(args, options, out var help) is { } error)
        {
            Console.Error.WriteLine($"error: {error}");
            Console.Error.WriteLine(AppHostCommandLine.Usage);
            Environment.Exit(2);
        }

        if (help)
        {
            Console.WriteLine(AppHostCommandLine.Usage);
            Environment.Exit(0);
        }

        if (Interlocked.Exchange(ref _fatalReporterInstalled, 1) == 0)
        {
            AppDomain.CurrentDomain.UnhandledException += (_, failure) => ReportFatal(failure.ExceptionObject as Exception);
        }

        return new DistributedApplicationBuilder(options);
    }

    /// <summary>Starts every selected resource; returns once all are launched or waiting for their dependencies.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_context is not null)
        {
            throw new InvalidOperationException("The application has already been started.");
        }

        _selected = SelectResources();
        if (Options.Isolated && Options.DataDirectoryOverride is null)
        {
            var temporary = Directory.CreateTempSubdirectory("har-");
            // PostgreSQL runs as its own user and must be able to reach its data folder inside this one.
            File.SetUnixFileMode(temporary.FullName, (UnixFileMode)0b111_101_101);
            _temporaryDataDirectory = Options.DataDirectoryOverride = temporary.FullName;
        }

        var secrets = Options.Isolated ? SecretStore.InMemory() : SecretStore.Persistent(Path.Combine(Options.DataDirectory, "secrets.json"));
        _context = new ResourceContext(Options, secrets, _configuration);
        var processes = _selected.OfType<ProcessResource>().ToArray();
        CheckPrerequisites(processes);
        AssignPorts(processes);

        var echo = Options.EchoToConsole ? new ConsoleEcho(processes.Select(process => process.Name).Append("apphost")) : null;
        foreach (var process in processes)
        {
            var log = new ResourceLog(Path.Combine(_context.LogDirectory, process.Name + ".log"));
            _supervisors[process.Name] = new ResourceSupervisor(process, _context, log, echo);
        }

        if (Options.DashboardPort is { } dashboardPort)
        {
            _dashboard = new DashboardServer(this);
            await _dashboard.StartAsync(dashboardPort, cancellationToken);
        }

        foreach (var supervisor in _supervisors.Values)
        {
            supervisor.Started = StartWhenReadyAsync(supervisor, _stopping.Token);
        }
    }

    /// <summary>Waits until the named resources (all selected ones when none are named) are healthy.</summary>
    public async Task WaitForHealthyAsync(TimeSpan timeout, params string[] resourceNames)
    {
        var targets = resourceNames.Length == 0
            ? _supervisors.Values.ToArray()
            : resourceNames.Select(SupervisorFor).ToArray();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await Task.WhenAll(targets.Select(target => target.WaitUntilHealthyAsync(deadline.Token)));
        }
        catch (OperationCanceledException)
        {
            var unhealthy = targets.Where(target => !target.IsHealthy).Select(target =>
                $"{target.Resource.Name} ({string.Join(", ", target.Replicas.Select(replica => $"{replica.State}/{replica.Health}"))}): " +
                string.Join(" | ", target.Log.ReadAfter(-1).TakeLast(6).Select(line => line.Text)));
            throw new TimeoutException($"Not healthy after {timeout.TotalSeconds:0} s: {string.Join("; ", unhealthy)}");
        }
    }

    public Uri GetEndpoint(string resourceName, int replica = 0) =>
        FindResource(resourceName) is ProcessResource process && process.Ports.Count > replica
            ? process.GetEndpoints()[replica]
            : throw new InvalidOperationException($"Resource '{resourceName}' has no endpoint {replica} (is it started and selected?).");

    public string GetConnectionString(string resourceName) =>
        FindResource(resourceName) is IResourceWithConnectionString withConnectionString
            ? withConnectionString.GetConnectionString()
            : throw new InvalidOperationException($"Resource '{resourceName}' has no connection string.");

    /// <summary>An HttpClient whose base address is the resource's endpoint (Aspire.Hosting.Testing's CreateHttpClient).</summary>
    public HttpClient CreateHttpClient(string resourceName, int replica = 0) =>
        new() { BaseAddress = GetEndpoint(resourceName, replica), Timeout = TimeSpan.FromSeconds(30) };

    public int? GetPid(string resourceName, int replica = 0) => SupervisorFor(resourceName).Replicas[replica].Pid;

    public void RestartResource(string resourceName) => ForEachReplica(resourceName, replica => replica.RequestRestart());
    public void StopResource(string resourceName) => ForEachReplica(resourceName, replica => replica.RequestStop());
    public void StartResource(string resourceName) => ForEachReplica(resourceName, replica => replica.RequestStart());

    public IReadOnlyList<ResourceSnapshot> GetSnapshots() =>
        Resources.Where(_selected.Contains).Select(resource => ResourceSnapshot.Of(resource, _supervisors)).ToArray();

    /// <summary>Stops every process tree: dependents first, then what they depend on. Safe to call more than once.</summary>
    public Task StopAsync() => _stopTask ??= StopCoreAsync();

    /// <summary>Runs until SIGINT or SIGTERM, then stops everything. Returns the process exit code.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        if (CapturedForTesting)
        {
            return 0;
        }

        var shutdown = new TaskCompletionSource();
        void OnSignal(PosixSignalContext signal)
        {
            signal.Cancel = true;
            shutdown.TrySetResult();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var cancelled = cancellationToken.Register(() => shutdown.TrySetResult());
        try
        {
            await StartAsync(cancellationToken);
        }
        catch (StartupException failure)
        {
            foreach (var problem in failure.Problems)
            {
                Console.Error.WriteLine($"error: {problem}");
            }

            await StopAsync();
            return 1;
        }

        _ = AnnounceWhenHealthyAsync(_stopping.Token);
        await shutdown.Task;
        Console.WriteLine("apphost | stopping every resource...");
        await StopAsync();
        Console.WriteLine("apphost | stopped");
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }
}
