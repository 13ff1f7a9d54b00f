namespace HarAcademy.Testing;

/// <summary>
/// What makes a copy of the AppHost's graph safe beside a developer's <c>./build.sh run</c> (shared by the test suites and
/// the benchmarks): a throw-away data folder, no fsync, and no telemetry sent to the developer's dashboard. (Free ports
/// come with Aspire.Hosting.Testing, which randomizes them.)
/// </summary>
public static class GraphIsolation
{
    /// <summary>A fresh data folder the PostgreSQL user can reach (it runs as its own user when the tests run as root).</summary>
    public static string NewDataDirectory(string prefix = "har-tests-")
    {
        var dataDirectory = Directory.CreateTempSubdirectory(prefix).FullName;
        File.SetUnixFileMode(dataDirectory, (UnixFileMode)0b111_101_101);
        return dataDirectory;
    }

    public static string[] Arguments(string dataDirectory, bool telemetry = false) =>
    [
        $"--LocalProcesses:DataDirectory={dataDirectory}",
        "--LocalProcesses:Durable=false",
        // Empty: services get no OTLP endpoint, so nothing lands in a developer's running dashboard.
        .. telemetry ? [] : (string[])["--ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=", "--ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="],
    ];
}
