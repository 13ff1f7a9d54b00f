using HarAcademy.Hosting.Health;
using HarAcademy.Hosting.Orchestration;
using Npgsql;

namespace HarAcademy.Hosting.Resources;

/// <summary>
/// A local PostgreSQL 15 server from Debian's binaries. <c>initdb</c> runs on first start; as root the server
/// runs as the <c>postgres</c> user (PostgreSQL refuses root). Unix sockets are off: clients use TCP on loopback.
/// </summary>
public sealed class PostgresServerResource(string name) : ProcessResource(name)
{
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";
    public const string SuperUser = "postgres";

    private readonly List<PostgresDatabaseResource> _databases = [];

    public override string Type => "postgres";
    public override string Scheme => "tcp";

    /// <summary>SIGINT is PostgreSQL's "fast" shutdown; SIGTERM ("smart") would wait for every pooled client to leave.</summary>
    public override int StopSignal => ProcessGroup.SIGINT;

    public IReadOnlyList<PostgresDatabaseResource> Databases => _databases;

    internal string Password { get; set; } = "";

    internal void AddDatabase(PostgresDatabaseResource database) => _databases.Add(database);

    public string GetConnectionString(string database) =>
        $"Host=127.0.0.1;Port={PortOf(0)};Username={SuperUser};Password={Password};Database={database}";

    public override IEnumerable<PreflightProblem> Preflight(ResourceContext context)
    {
        if (!File.Exists(Path.Combine(BinDirectory, "postgres")) || !File.Exists(Path.Combine(BinDirectory, "initdb")))
        {
            yield return new(Name, $"PostgreSQL 15 server binaries not found in {BinDirectory}", "apt-get install -y postgresql-15");
        }
        else if (OperatingSystemUser.IsRoot && !OperatingSystemUser.Exists(SuperUser))
        {
            yield return new(Name, $"the '{SuperUser}' system user (needed to run PostgreSQL as root) does not exist", "apt-get install -y postgresql-15");
        }
    }

    public override async Task PrepareAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        Password = context.Secrets.GetOrCreate($"{Name}-password");
        var dataDirectory = context.DataDirectoryFor(Name);
        if (File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            return;
        }

        Directory.CreateDirectory(dataDirectory);
        File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var passwordFile = Path.Combine(dataDirectory, "..", $".{Name}-initdb-password");
        await File.WriteAllTextAsync(passwordFile, Password, cancellationToken);
        try
        {
            if (OperatingSystemUser.IsRoot)
            {
                OperatingSystemUser.GiveTo(SuperUser, dataDirectory, passwordFile);
                OperatingSystemUser.EnsureCanReach(SuperUser, dataDirectory);
            }

            await ProcessRunner.RunToCompletionAsync(
                RunAs(Path.Combine(BinDirectory, "initdb"),
                    "-D", dataDirectory, "-U", SuperUser, "--auth=scram-sha-256", $"--pwfile={passwordFile}",
                    "-E", "UTF8", "--no-locale", "--no-instructions"),
                TimeSpan.FromMinutes(2), cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    public override LaunchSpec CreateLaunch(ResourceContext context, int replica)
    {
        List<string> arguments =
        [
            "-D", context.DataDirectoryFor(Name), "-p", PortOf(replica).ToString(), "-h", "127.0.0.1",
            "-c", "unix_socket_directories=", "-c", "max_connections=300",
        ];
        if (context.Options.Isolated)
        {
            // Throw-away test data: durability costs time and buys nothing.
            arguments.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }

        return new LaunchSpec(Path.Combine(BinDirectory, "postgres"), arguments, context.DataDirectoryFor(Name))
        {
            RunAsUser = OperatingSystemUser.IsRoot ? SuperUser : null,
        };
    }

    public override IHealthProbe CreateHealthProbe(ResourceContext context, int replica) =>
        new PostgresHealthProbe(GetConnectionString("postgres"));

    public override async Task OnHealthyAsync(ResourceContext context, int replica, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(GetConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync(cancellationToken);
        foreach (var database in _databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database.DatabaseName);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                // The name was checked against [a-z_][a-z0-9_]* when declared, so quoting it is safe.
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.DatabaseName}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static ProcessStartInfoSpec RunAs(string fileName, params string[] arguments)
    {
        var commandLine = OperatingSystemUser.CommandLineAs(OperatingSystemUser.IsRoot ? SuperUser : null, fileName, arguments);
        return new ProcessStartInfoSpec(commandLine[0], commandLine[1..]);
    }
}
