using HarAcademy.Hosting.Health;
using HarAcademy.Hosting.Orchestration;

namespace HarAcademy.Hosting.Resources;

/// <summary>
/// A local <c>redis-server</c> with a password and the append-only file on. Its settings go in a config file
/// (mode 600) rather than on the command line, so the password never shows in <c>ps</c>.
/// </summary>
public sealed class RedisResource(string name) : ProcessResource(name), IResourceWithConnectionString
{
    public override string Type => "redis";
    public override string Scheme => "tcp";

    internal string Password { get; private set; } = "";

    /// <summary>Aspire's StackExchange.Redis connection string format.</summary>
    public string GetConnectionString() => $"127.0.0.1:{PortOf(0)},password={Password}";

    public override IEnumerable<PreflightProblem> Preflight(ResourceContext context)
    {
        if (ExecutableSearch.Find("redis-server") is null)
        {
            yield return new(Name, "redis-server not found on PATH", "apt-get install -y redis-server");
        }
    }

    public override Task PrepareAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        Password = context.Secrets.GetOrCreate($"{Name}-password");
        Directory.CreateDirectory(context.DataDirectoryFor(Name));
        return Task.CompletedTask;
    }

    public override LaunchSpec CreateLaunch(ResourceContext context, int replica)
    {
        var dataDirectory = context.DataDirectoryFor(Name);
        var configFile = Path.Combine(dataDirectory, $"redis-{replica}.conf");
        File.WriteAllText(configFile, string.Join('\n',
            "bind 127.0.0.1",
            $"port {PortOf(replica)}",
            "protected-mode yes",
            $"requirepass {Password}",
            $"dir {dataDirectory}",
            "appendonly yes",
            "appendfsync everysec",
            "save \"\"",
            "daemonize no",
            "logfile \"\"",
            ""));
        File.SetUnixFileMode(configFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return new LaunchSpec(ExecutableSearch.Find("redis-server") ?? "redis-server", [configFile], dataDirectory);
    }

    public override IHealthProbe CreateHealthProbe(ResourceContext context, int replica) =>
        new RedisHealthProbe(PortOf(replica), Password);
}
