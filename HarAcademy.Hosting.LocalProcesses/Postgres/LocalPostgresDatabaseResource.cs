using Aspire.Hosting.ApplicationModel;

namespace HarAcademy.Hosting.LocalProcesses.Postgres;

/// <summary>
/// One database on a <see cref="LocalPostgresResource"/>, created when the server is ready. In run mode it has a
/// login role of its own (named like the database, password <see cref="Password"/>) that owns it and nothing else,
/// and its connection string uses that role: a service reaches its own database only, and is no superuser. (The
/// published container form has only the superuser to start with, so the manifest's connection string uses it.)
/// </summary>
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresResource parent, ParameterResource? password)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public string DatabaseName { get; } = databaseName;

    public LocalPostgresResource Parent { get; } = parent;

    /// <summary>The owner role's password; null when the database is reached as the superuser (publish mode).</summary>
    public ParameterResource? Password { get; } = password;

    /// <summary>The login role that owns the database (its name is the database's).</summary>
    public string RoleName => DatabaseName;

    public ReferenceExpression ConnectionStringExpression => Password is { } password
        ? ReferenceExpression.Create(
            $"Host={Parent.PrimaryEndpoint.Property(EndpointProperty.Host)};Port={Parent.PrimaryEndpoint.Property(EndpointProperty.Port)};Username={RoleName};Password={password};Database={DatabaseName}")
        : ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}
