using System.Text.RegularExpressions;
using HarAcademy.Hosting.Orchestration;
using HarAcademy.Hosting.Resources;
using Microsoft.Extensions.Configuration;

namespace HarAcademy.Hosting;

/// <summary>Declares the graph: resources, their references, waits and replicas. <see cref="Build"/> validates it.</summary>
public sealed partial class DistributedApplicationBuilder
{
    private readonly List<Resource> _resources = [];
    private readonly List<ParameterResource> _parameters = [];

    public DistributedApplicationBuilder(DistributedApplicationOptions options, IConfiguration? configuration = null)
    {
        Options = options;
        Configuration = configuration ?? new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{options.EnvironmentName}.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(options.ConfigurationOverrides)
            .Build();
        Options.OtlpEndpoint ??= Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
    }

    public DistributedApplicationOptions Options { get; }
    public IConfiguration Configuration { get; }

    public IReadOnlyList<Resource> Resources => _resources;

    public ResourceBuilder<PostgresServerResource> AddPostgres(string name, int? port = null) =>
        AddProcess(new PostgresServerResource(name), port);

    public ResourceBuilder<RedisResource> AddRedis(string name, int? port = null) =>
        AddProcess(new RedisResource(name), port);

    public ResourceBuilder<ChromaResource> AddChroma(string name, int? port = null) =>
        AddProcess(new ChromaResource(name), port);

    /// <summary>A .NET project by its folder relative to the repository root (the assembly is named after the folder).</summary>
    public ResourceBuilder<ProjectResource> AddProject(string name, string projectDirectory, int? port = null) =>
        AddProcess(new ProjectResource(name, projectDirectory), port);

    public ResourceBuilder<UvicornAppResource> AddUvicornApp(string name, string appDirectory, string appModule, int? port = null, string healthPath = "/health") =>
        AddProcess(new UvicornAppResource(name, appDirectory, appModule, healthPath), port);

    public ResourceBuilder<ViteAppResource> AddViteApp(string name, string appDirectory, int? port = null) =>
        AddProcess(new ViteAppResource(name, appDirectory), port);

    public ResourceBuilder<ExecutableResource> AddExecutable(string name, string command, string workingDirectory, IReadOnlyList<string> arguments, int? port = null, string? healthPath = null) =>
        AddProcess(new ExecutableResource(name, command, arguments, workingDirectory, healthPath), port);

    /// <summary>A value from configuration section <c>Parameters</c>, or <paramref name="defaultValue"/>.</summary>
    public ParameterResource AddParameter(string name, string? defaultValue = null, bool secret = false)
    {
        var parameter = new ParameterResource(name, Configuration[$"Parameters:{name}"] ?? defaultValue, secret);
        _parameters.Add(parameter);
        return parameter;
    }

    public ResourceBuilder<T> AddResource<T>(T resource) where T : Resource
    {
        if (!ResourceNamePattern().IsMatch(resource.Name))
        {
            throw new GraphException($"resource name '{resource.Name}' is invalid: use lowercase letters, digits and hyphens, starting with a letter");
        }

        if (_resources.Any(existing => existing.Name == resource.Name))
        {
            throw new GraphException($"resource name '{resource.Name}' is declared twice");
        }

        _resources.Add(resource);
        return new ResourceBuilder<T>(this, resource);
    }

    /// <summary>Validates the graph (unknown references, cycles) and returns the application, not yet started.</summary>
    public DistributedApplication Build()
    {
        GraphValidator.Validate(_resources);
        var application = new DistributedApplication(Options, Configuration, _resources, _parameters);
        DistributedApplicationTestingHook.OnBuilt(application);
        return application;
    }

    private ResourceBuilder<T> AddProcess<T>(T resource, int? port) where T : ProcessResource
    {
        resource.PreferredPort = port;
        return AddResource(resource);
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,62}$")]
    private static partial Regex ResourceNamePattern();
}

/// <summary>A graph that cannot run as declared (cycle, unknown resource, bad name); the message names the culprit.</summary>
public sealed class GraphException(string message) : Exception(message);
