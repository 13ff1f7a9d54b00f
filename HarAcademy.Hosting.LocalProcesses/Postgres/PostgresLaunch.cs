using Microsoft.Extensions.Logging;

namespace HarAcademy.Hosting.LocalProcesses.Postgres;

/// <summary>
/// How the server process is started and stopped. DCP stops a process with SIGTERM, which PostgreSQL takes as a "smart"
/// shutdown: it waits for every client to disconnect, and the services' connection pools never do, so DCP would end up
/// killing it and the next start would run crash recovery. A small shell in front turns SIGTERM into SIGINT (a "fast"
/// shutdown: sessions are ended, the server stops cleanly in about a second) and exits with the server's status, so a
/// crash still shows as one. Written here because neither Aspire nor DCP lets a resource choose its stop signal.
/// </summary>
internal static class PostgresLaunch
{
    private const string ShutdownTranslator =
        """
        "$0" "$@" &
        server=$!
        trap 'kill -INT "$server" 2>/dev/null' TERM INT
        while kill -0 "$server" 2>/dev/null; do wait "$server"; status=$?; done
        exit "${status:-1}"
        """;

    public static string Server => Path.Combine(LocalPostgresResource.BinDirectory, "postgres");

    /// <summary>The command and leading arguments; the server's own arguments follow.</summary>
    public static (string Command, string[] Arguments) Invocation()
    {
        var (command, prefix) = PostgresOsUser.Invocation("/bin/sh");
        return (command, [.. prefix, "-c", ShutdownTranslator, Server]);
    }

    /// <summary>
    /// A server an earlier run left behind on this data folder (its shell was killed outright, say) would keep the port
    /// and the lock file: it is asked to shut down first, as the run that started it would have.
    /// </summary>
    public static async Task StopLeftoverServerAsync(string dataDirectory, ILogger log, CancellationToken cancellationToken)
    {
        var lockFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(lockFile) || !int.TryParse((await File.ReadAllLinesAsync(lockFile, cancellationToken)).FirstOrDefault(), out var pid))
        {
            return;
        }

        string commandLine;
        try
        {
            commandLine = (await File.ReadAllTextAsync($"/proc/{pid}/cmdline", cancellationToken)).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return; // not running: PostgreSQL itself discards a stale lock file
        }

        if (!commandLine.Contains(Server, StringComparison.Ordinal) || !commandLine.Contains(dataDirectory, StringComparison.Ordinal))
        {
            return;
        }

        log.LogWarning("A server left running by an earlier run (pid {Pid}) holds {DataDirectory}: shutting it down", pid, dataDirectory);
        await OneShotProcess.RunAsync("kill", ["-INT", pid.ToString()], log, cancellationToken);
        // Not our child, so no wait(): watch /proc until it is gone (a fast shutdown takes about a second).
        for (var waited = TimeSpan.Zero; Directory.Exists($"/proc/{pid}") && waited < TimeSpan.FromSeconds(30); waited += TimeSpan.FromMilliseconds(100))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }
}
