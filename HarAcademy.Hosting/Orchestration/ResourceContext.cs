using Microsoft.Extensions.Configuration;

namespace HarAcademy.Hosting.Orchestration;

/// <summary>What a resource needs to know about the application it runs in.</summary>
public sealed class ResourceContext(DistributedApplicationOptions options, SecretStore secrets, IConfiguration configuration)
{
    public DistributedApplicationOptions Options { get; } = options;
    public SecretStore Secrets { get; } = secrets;
    public IConfiguration Configuration { get; } = configuration;

    public string RepositoryRoot => Options.RepositoryRoot;

    public string DataDirectoryFor(string resourceName) => Path.Combine(Options.DataDirectory, "data", resourceName);

    public string LogDirectory => Path.Combine(Options.DataDirectory, "logs");
}
