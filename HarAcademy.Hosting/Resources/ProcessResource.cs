using HarAcademy.Hosting.Health;
using HarAcademy.Hosting.Orchestration;

namespace HarAcademy.Hosting.Resources;

/// <summary>A resource the engine runs as one or more supervised processes, each on its own port.</summary>
public abstract class ProcessResource(string name) : Resource(name)
{
    private int[] _ports = [];

    public int Replicas { get; internal set; } = 1;

    /// <summary>The port of replica 0 in run mode; other replicas, and every replica in isolated mode, get free ports.</summary>
    public int? PreferredPort { get; internal set; }

    /// <summary>Extra environment, resolved at launch (values may come from parameters or other resources).</summary>
    public Dictionary<string, Func<string>> ExtraEnvironment { get; } = new(StringComparer.Ordinal);

    /// <summary>The scheme of this resource's endpoint: http for web apps, tcp for servers speaking their own protocol.</summary>
    public virtual string Scheme => "http";

    /// <summary>The signal that asks this process for a fast, clean shutdown.</summary>
    public virtual int StopSignal => ProcessGroup.SIGTERM;

    public IReadOnlyList<int> Ports => _ports;

    internal void AssignPorts(int[] ports) => _ports = ports;

    public IReadOnlyList<Uri> GetEndpoints() =>
        _ports.Select(port => new Uri($"{Scheme}://127.0.0.1:{port}")).ToArray();

    protected int PortOf(int replica) => _ports.Length > replica
        ? _ports[replica]
        : throw new InvalidOperationException($"{this} has no port assigned yet; start the application first.");

    /// <summary>Missing prerequisites (binaries, build outputs, installed packages).</summary>
    public virtual IEnumerable<PreflightProblem> Preflight(ResourceContext context) => [];

    /// <summary>One-time preparation before the first start (initdb, folders).</summary>
    public virtual Task PrepareAsync(ResourceContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public abstract LaunchSpec CreateLaunch(ResourceContext context, int replica);

    public abstract IHealthProbe CreateHealthProbe(ResourceContext context, int replica);

    /// <summary>Work done each time a replica first turns healthy after a start (create databases).</summary>
    public virtual Task OnHealthyAsync(ResourceContext context, int replica, CancellationToken cancellationToken) => Task.CompletedTask;
}
