namespace HarAcademy.Hosting.LocalProcesses.Postgres;

/// <summary>
/// PostgreSQL refuses to run as root. When the AppHost is root (CI, containers), the server and initdb run as the
/// <c>postgres</c> system user (Debian's postgresql package creates it) through <c>setpriv</c>, which replaces itself
/// with the program (no extra process).
/// </summary>
internal static class PostgresOsUser
{
    public const string Name = "postgres";

    public static bool AppHostIsRoot => Environment.UserName == "root";

    /// <summary>The command and leading arguments that run <paramref name="program"/> as the right user.</summary>
    public static (string Command, string[] Arguments) Invocation(string program) => AppHostIsRoot
        ? ("setpriv", [$"--reuid={Name}", $"--regid={Name}", "--init-groups", program])
        : (program, []);

    public static bool Exists => File.ReadLines("/etc/passwd").Any(line => line.StartsWith(Name + ":", StringComparison.Ordinal));
}
