using Aspire.Hosting.ApplicationModel;

namespace HarAcademy.Hosting.LocalProcesses.Postgres;

/// <summary>
/// A PostgreSQL 15 server run from Debian's binaries as a local process, with Aspire's connection-string contract
/// (<c>Host=…;Port=…;Username=postgres;Password=…</c>, as Aspire's own PostgreSQL resource writes it). Its data folder
/// also holds its Unix socket, through which the AppHost administers it (password, databases) without a password.
/// </summary>
public sealed class LocalPostgresResource(string name, string command, string dataDirectory, ParameterResource password)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";
    public const string SuperUser = "postgres";
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";

    private readonly Dictionary<string, LocalPostgresDatabaseResource> _databases = new(StringComparer.Ordinal);

    public string DataDirectory { get; } = dataDirectory;

    public ParameterResource Password { get; } = password;

    public EndpointReference PrimaryEndpoint => field ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={PrimaryEndpoint.Property(EndpointProperty.Host)};Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username={SuperUser};Password={Password}");

    public IReadOnlyCollection<LocalPostgresDatabaseResource> Databases => _databases.Values;

    internal void AddDatabase(LocalPostgresDatabaseResource database) => _databases.Add(database.Name, database);
}
