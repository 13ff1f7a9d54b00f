using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HarAcademy.Hosting.LocalProcesses.Postgres;

/// <summary>
/// What the AppHost does to a local PostgreSQL server beside running it: initdb on first start, and once the server is
/// up, the superuser's password set to the AppHost's parameter (so a regenerated password never locks the data out)
/// and every declared database created. It speaks over the Unix socket in the data folder, which trusts local
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

        foreach (var database in server.Databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database.DatabaseName);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                // The name was checked against DatabaseNamePattern when declared, so quoting it is safe.
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.DatabaseName}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
                log.LogInformation("Created database {Database}", database.DatabaseName);
            }
        }
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
