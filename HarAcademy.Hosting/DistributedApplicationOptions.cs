using System.Reflection;

namespace HarAcademy.Hosting;

/// <summary>How one graph runs: run mode (fixed ports, data kept under <c>.har/</c>) or isolated mode (tests).</summary>
public sealed class DistributedApplicationOptions
{
    public const int DefaultDashboardPort = 18888;

    /// <summary>The folder holding HarAcademy.sln; relative resource paths start here.</summary>
    public string RepositoryRoot { get; set; } = FindRepositoryRoot();

    /// <summary>Isolated mode: free random ports, a temporary data folder removed on dispose, throw-away durability.</summary>
    public bool Isolated { get; set; }

    /// <summary>Where data, logs and generated secrets live; defaults to <c>.har/</c> (run) or a temporary folder (isolated).</summary>
    public string? DataDirectoryOverride { get; set; }

    public string DataDirectory => DataDirectoryOverride ?? Path.Combine(RepositoryRoot, ".har");

    /// <summary>The dashboard's port; 0 picks a free one; null runs no dashboard.</summary>
    public int? DashboardPort { get; set; } = DefaultDashboardPort;

    /// <summary>The configuration our .NET projects were built in (they run from that build output).</summary>
    public string BuildConfiguration { get; set; } =
        typeof(DistributedApplicationOptions).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public string EnvironmentName { get; set; } = "Development";

    /// <summary>Print every resource's output on the console (run mode); tests keep it to the dashboard and files.</summary>
    public bool EchoToConsole { get; set; } = true;

    /// <summary>How long stopping waits for a process after its stop signal before killing its group.</summary>
    public TimeSpan StopGracePeriod { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>An OTLP collector for every resource's telemetry (sets OTEL_EXPORTER_OTLP_ENDPOINT), if any.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Configuration values that win over appsettings.json and the environment (tests set parameters here).</summary>
    public Dictionary<string, string?> ConfigurationOverrides { get; } = new(StringComparer.OrdinalIgnoreCase);

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "HarAcademy.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
