namespace HarAcademy.Hosting.Resources;

/// <summary>A node of the application graph: something the engine starts, or something derived from one (a database).</summary>
public abstract class Resource(string name)
{
    public string Name { get; } = name;

    /// <summary>The kind shown by the dashboard and its API (postgres, redis, chroma, project, python, vite, executable, database).</summary>
    public abstract string Type { get; }

    /// <summary>Resources whose configuration this one receives (connection strings, service endpoints).</summary>
    public List<Resource> References { get; } = [];

    /// <summary>Resources that must be healthy before this one starts.</summary>
    public List<Resource> WaitsFor { get; } = [];

    /// <summary>The resource that has to run for this one to exist: a database's server, otherwise itself.</summary>
    public virtual Resource Owner => this;

    public override string ToString() => $"{Type} '{Name}'";
}

/// <summary>A resource others reach through <c>ConnectionStrings__{name}</c> (Aspire's contract).</summary>
public interface IResourceWithConnectionString
{
    string Name { get; }
    string GetConnectionString();
}

/// <summary>A resource others reach through <c>services__{name}__{scheme}__{i}</c> (Aspire's service discovery contract).</summary>
public interface IResourceWithServiceEndpoints
{
    string Name { get; }
    IReadOnlyList<Uri> GetEndpoints();
}
