namespace HarAcademy.Hosting;

/// <summary>The AppHost's few options. Anything else prints the usage and exits with 2.</summary>
public static class AppHostCommandLine
{
    public const string Usage = """
        usage: HarAcademy.AppHost [options]

          --data-dir DIR        keep data, logs and generated secrets in DIR (default: .har/ at the repository root)
          --dashboard-port N    serve the dashboard on 127.0.0.1:N (default: 18888; 0 = any free port)
          --no-dashboard        run without the dashboard
          --isolated            free random ports and a temporary data folder (what tests use)
          -h, --help            show this text

        Parameters (admin account, Stripe keys, LLM endpoint, replicas) come from the configuration section
        "Parameters": appsettings.json beside the AppHost, or environment variables such as Parameters__admin-email.
        """;

    /// <summary>Applies <paramref name="args"/> to <paramref name="options"/>; returns an error message, or null when they are valid.</summary>
    public static string? TryApply(string[] args, DistributedApplicationOptions options, out bool helpRequested)
    {
        helpRequested = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    helpRequested = true;
                    return null;
                case "--isolated":
                    options.Isolated = true;
                    break;
                case "--no-dashboard":
                    options.DashboardPort = null;
                    break;
                case "--data-dir" when i + 1 < args.Length:
                    options.DataDirectoryOverride = Path.GetFullPath(args[++i]);
                    break;
                case "--dashboard-port" when i + 1 < args.Length:
                    if (!int.TryParse(args[++i], out var port) || port is < 0 or > 65535)
                    {
                        return $"--dashboard-port needs a port number from 0 to 65535, not '{args[i]}'";
                    }

                    options.DashboardPort = port;
                    break;
                case "--data-dir" or "--dashboard-port":
                    return $"{args[i]} needs a value";
                default:
                    return $"unknown option '{args[i]}'";
            }
        }

        return null;
    }
}
