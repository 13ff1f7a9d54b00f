using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HarAcademy.Hosting.LocalProcesses.Postgres;

/// <summary>
/// What the AppHost does to a local PostgreSQL server beside running it: initdb on first start, and once the server is
/// up, the superuser's password set to the AppHost's parameter (so a regenerated password never locks the data out),
/// every declared database created and given to a login role of its own. It speaks over the Unix socket in the data folder, which trusts local
/// connections: only the data folder's owner (and root) can reach it, and they can read the data files anyway.
/// </summary>
internal static partial class PostgresServerAdmin
{
    // Unix socket paths are limited to 108 bytes (sun_path), including the socket's own name.
    private const int MaxSocketPathLength = 107;

    public static async Task PrepareDataDirectoryAsync(LocalPostgresResource server, ILogger log, CancellationToken cancellationToken)
    {
        var initdb = Path.Combine(LocalPostgresResource.BinDirectory, "initdb");
        if (!File.Exists(Path.Combine(LocalPostgresResource.BinDirectory, "postgres")) || !File.Exists(initdb))
        {
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({LocalPostgresResource.BinDirectory} has no server): install it with `apt-get install -y postgresql-15`.");
        }

        if (PostgresOsUser.AppHostIsRoot && !PostgresOsUser.Exists)
        {
            throw new InvalidOperationException($"The '{PostgresOsUser.Name}' system user, which runs PostgreSQL when the AppHost is root, does not exist: install it with `apt-get install -y postgresql-15`.");
        }

        var dataDirectory = server.DataDirectory;
        if (Path.Combine(dataDirectory, ".s.PGSQL.65535").Length > MaxSocketPathLength)
        {
            throw new InvalidOperationException($"The data folder {dataDirectory} is too deep for PostgreSQL's Unix socket (at most {MaxSocketPathLength - 16} characters): set LocalProcesses:DataDirectory to a shorter path.");
        }

        if (File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            return;
        }

        OwnerOnly.CreateDirectory(dataDirectory);
        if (PostgresOsUser.AppHostIsRoot)
        {
            await OneShotProcess.RunAsync("chown", ["-R", $"{PostgresOsUser.Name}:{PostgresOsUser.Name}", dataDirectory], log, cancellationToken);
            await EnsureReachableAsync(dataDirectory, log, cancellationToken);
        }

        log.LogInformation("Creating a new PostgreSQL cluster in {DataDirectory}", dataDirectory);
        var (command, prefix) = PostgresOsUser.Invocation(initdb);
        await OneShotProcess.RunAsync(command,
            [.. prefix, "-D", dataDirectory, "-U", LocalPostgresResource.SuperUser, "--auth-host=scram-sha-256", "--auth-local=trust",
             "-E", "UTF8", "--no-locale", "--no-instructions"],
            log, cancellationToken);
    }

    /// <summary>
    /// Sets the superuser's password to the parameter's value and creates the databases that do not exist yet, retrying
    /// for a while (a busy machine can time a first attempt out). Aspire runs this in its ready event, whose failures it
    /// does not report, so a last failure is logged to the server's console log and thrown.
    /// </summary>
    public static async Task OnServerReadyAsync(LocalPostgresResource server, ILogger log, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await PrepareAsync(server, log, cancellationToken);
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException && attempt < 5)
            {
                log.LogWarning("Preparing the server failed (attempt {Attempt}): {Error}; retrying", attempt, exception.Message);
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                log.LogError(exception, "Preparing the server failed: its databases stay unavailable");
                throw;
            }
        }
    }

    private static async Task PrepareAsync(LocalPostgresResource server, ILogger log, CancellationToken cancellationToken)
    {
        var password = await server.Password.GetValueAsync(cancellationToken) ?? throw new InvalidOperationException($"Parameter '{server.Password.Name}' has no value.");
        await using var connection = new NpgsqlConnection(SocketConnectionString(server));
        await connection.OpenAsync(cancellationToken);

        // A statement that fails is logged with its text: never this one, which holds the password.
        await using (var quiet = new NpgsqlCommand("SET log_min_error_statement = panic", connection))
        {
            await quiet.ExecuteNonQueryAsync(cancellationToken);
        }

        // ALTER ROLE takes no bind parameters; the literal is quoted by doubling single quotes.
        await using (var alter = new NpgsqlCommand($"ALTER ROLE {LocalPostgresResource.SuperUser} WITH PASSWORD '{password.Replace("'", "''")}'", connection))
        {
            await alter.ExecuteNonQueryAsync(cancellationToken);
        }

        // Only the owner of a database (and the superuser) may connect to it; the maintenance database is the AppHost's.
        await ExecuteAsync(connection, "REVOKE CONNECT ON DATABASE postgres FROM PUBLIC", cancellationToken);
        foreach (var database in server.Databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database.DatabaseName);
            var created = await exists.ExecuteScalarAsync(cancellationToken) is null;
            if (created)
            {
                // The name was checked against DatabaseNamePattern when declared, so quoting it is safe.
                await ExecuteAsync(connection, $"CREATE DATABASE \"{database.DatabaseName}\"", cancellationToken);
                log.LogInformation("Created database {Database}", database.DatabaseName);
            }

            await ExecuteAsync(connection, $"REVOKE ALL ON DATABASE \"{database.DatabaseName}\" FROM PUBLIC", cancellationToken);
            if (database.Password is { } rolePassword)
            {
                await GiveToOwnRoleAsync(server, database, await rolePassword.GetValueAsync(cancellationToken)
                    ?? throw new InvalidOperationException($"Parameter '{rolePassword.Name}' has no value."), connection, created, log, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The database's own login role (created, or its password re-applied like the superuser's), made the owner of the
    /// database and, for a database that existed before roles did, of the tables, views, sequences and types in it.
    /// </summary>
    private static async Task GiveToOwnRoleAsync(LocalPostgresResource server, LocalPostgresDatabaseResource database, string password,
        NpgsqlConnection connection, bool created, ILogger log, CancellationToken cancellationToken)
    {
        var role = database.RoleName; // same pattern as database names: safe to quote
        var literal = password.Replace("'", "''");
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_roles WHERE rolname = @role", connection))
        {
            exists.Parameters.AddWithValue("role", role);
            var verb = await exists.ExecuteScalarAsync(cancellationToken) is null ? "CREATE" : "ALTER";
            await ExecuteAsync(connection, $"{verb} ROLE \"{role}\" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '{literal}'", cancellationToken);
        }

        await ExecuteAsync(connection, $"ALTER DATABASE \"{database.DatabaseName}\" OWNER TO \"{role}\"", cancellationToken);
        if (created)
        {
            return;
        }

        // Objects made while the superuser was the only user (an older data folder): the role takes them over.
        var inDatabase = new NpgsqlConnectionStringBuilder(SocketConnectionString(server)) { Database = database.DatabaseName }.ConnectionString;
        await using var local = new NpgsqlConnection(inDatabase);
        await local.OpenAsync(cancellationToken);
        await ExecuteAsync(local, $$"""
            DO $$
            DECLARE item record;
            BEGIN
              FOR item IN
                SELECT format('ALTER %s %s OWNER TO %I',
                         CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                         c.oid::regclass, '{{role}}') AS statement
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relowner <> '{{role}}'::regrole
                  -- sequences that belong to a column move with their table
                  AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
              LOOP EXECUTE item.statement; END LOOP;
              FOR item IN
                SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, '{{role}}') AS statement
                FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND t.typowner <> '{{role}}'::regrole
              LOOP EXECUTE item.statement; END LOOP;
            END $$
            """, cancellationToken);
        log.LogInformation("Database {Database} belongs to its own role {Role}", database.DatabaseName, role);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A connection over the server's Unix socket (no password: local connections are trusted).</summary>
    public static string SocketConnectionString(LocalPostgresResource server) => new NpgsqlConnectionStringBuilder
    {
        Host = server.DataDirectory,
        Port = server.PrimaryEndpoint.TargetPort ?? server.PrimaryEndpoint.Port,
        Username = LocalPostgresResource.SuperUser,
        Database = "postgres",
        Pooling = false,
        Timeout = 3,
    }.ConnectionString;

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    public static partial Regex DatabaseNamePattern();

    private static async Task EnsureReachableAsync(string dataDirectory, ILogger log, CancellationToken cancellationToken)
    {
        var (command, prefix) = PostgresOsUser.Invocation("test");
        try
        {
            await OneShotProcess.RunAsync(command, [.. prefix, "-w", dataDirectory, "-a", "-x", dataDirectory], log, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"The '{PostgresOsUser.Name}' user cannot reach {dataDirectory}: give every parent folder search permission (chmod o+x), or set LocalProcesses:DataDirectory to a folder it can reach.");
        }
    }
}
