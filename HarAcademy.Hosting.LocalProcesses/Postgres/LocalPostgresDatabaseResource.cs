using Aspire.Hosting.ApplicationModel;

namespace HarAcademy.Hosting.LocalProcesses.Postgres;

/// <summary>One database on a <see cref="LocalPostgresResource"/>, created when the server is ready; its connection string is the server's plus <c>Database=</c>.</summary>
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public string DatabaseName { get; } = databaseName;

    public LocalPostgresResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}
