using HarAcademy.Hosting.Resources;

namespace HarAcademy.Hosting;

/// <summary>Fluent declaration of one resource's relations, in the spirit of Aspire's IResourceBuilder.</summary>
public sealed class ResourceBuilder<T>(DistributedApplicationBuilder application, T resource) where T : Resource
{
    public T Resource { get; } = resource;
    public DistributedApplicationBuilder ApplicationBuilder { get; } = application;

    /// <summary>
    /// Gives this resource the other's configuration: <c>ConnectionStrings__{name}</c> for databases, Redis and
    /// Chroma; <c>services__{name}__http__{i}</c> for apps.
    /// </summary>
    public ResourceBuilder<T> WithReference<TOther>(ResourceBuilder<TOther> other) where TOther : Resource
    {
        Resource.References.Add(other.Resource);
        return this;
    }

    /// <summary>Starts this resource only once the other is healthy (for a database: once its server is, and it exists).</summary>
    public ResourceBuilder<T> WaitFor<TOther>(ResourceBuilder<TOther> other) where TOther : Resource
    {
        Resource.WaitsFor.Add(other.Resource);
        return this;
    }

    public ResourceBuilder<T> WithReplicas(int replicas)
    {
        if (Resource is not ProcessResource process)
        {
            throw new InvalidOperationException($"{Resource} does not run as a process and cannot have replicas.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        process.Replicas = replicas;
        return this;
    }

    public ResourceBuilder<T> WithEnvironment(string name, string value) => WithEnvironment(name, () => value);

    public ResourceBuilder<T> WithEnvironment(string name, ParameterResource parameter) => WithEnvironment(name, () => parameter.Value);

    /// <summary>Passes a parameter the way Aspire does: as <c>Parameters__{name}</c> (configuration section <c>Parameters</c>).</summary>
    public ResourceBuilder<T> WithParameter(ParameterResource parameter) =>
        WithEnvironment($"Parameters__{parameter.Name}", parameter);

    private ResourceBuilder<T> WithEnvironment(string name, Func<string> value)
    {
        if (Resource is not ProcessResource process)
        {
            throw new InvalidOperationException($"{Resource} does not run as a process and has no environment.");
        }

        process.ExtraEnvironment[name] = value;
        return this;
    }
}

public static class PostgresBuilderExtensions
{
    /// <summary>A database on this server; its connection string is <c>ConnectionStrings__{name}</c>.</summary>
    public static ResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this ResourceBuilder<PostgresServerResource> server, string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, server.Resource);
        server.Resource.AddDatabase(database);
        return server.ApplicationBuilder.AddResource(database);
    }
}
