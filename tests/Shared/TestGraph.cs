using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HarAcademy.Testing;

/// <summary>
/// The real AppHost graph (HarAcademy.AppHost/Program.cs) under Aspire.Hosting.Testing, made safe to run beside a
/// developer's <c>./build.sh run</c>: free random ports (Aspire.Hosting.Testing's default), its own throw-away data
/// folder, no telemetry sent to the developer's dashboard. Suites trim it to what they need and override settings,
/// rather than declaring a second copy of the graph.
/// </summary>
public sealed class TestGraph : IAsyncDisposable
{
    private readonly bool _ownsData;

    private TestGraph(IDistributedApplicationTestingBuilder builder, string dataDirectory, bool ownsData)
    {
        Builder = builder;
        DataDirectory = dataDirectory;
        _ownsData = ownsData;
    }

    public IDistributedApplicationTestingBuilder Builder { get; }

    public string DataDirectory { get; }

    private DistributedApplication? _application;

    public DistributedApplication Application => _application ?? throw new InvalidOperationException("Start the graph first.");

    /// <param name="arguments">AppHost configuration overrides, e.g. <c>--Parameters:gateway-replicas=2</c>.</param>
    public static Task<TestGraph> CreateAsync(params string[] arguments) => CreateAsync(GraphIsolation.NewDataDirectory(), ownsData: true, dashboard: false, arguments);

    /// <summary>
    /// A graph with the real Aspire dashboard (on free ports, with its own browser token and OTLP key), receiving
    /// every service's telemetry, as in run mode.
    /// </summary>
    public static Task<TestGraph> CreateWithDashboardAsync(params string[] arguments) => CreateAsync(GraphIsolation.NewDataDirectory(), ownsData: true, dashboard: true, arguments);

    /// <summary>A graph over <paramref name="dataDirectory"/>, left in place when the graph is disposed (a second run reuses it).</summary>
    public static Task<TestGraph> CreateOverAsync(string dataDirectory, params string[] arguments) => CreateAsync(dataDirectory, ownsData: false, dashboard: false, arguments);

    private static async Task<TestGraph> CreateAsync(string dataDirectory, bool ownsData, bool dashboard, string[] arguments)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.HarAcademy_AppHost>(
            new DistributedApplicationTestingBuilderOptions { EnableDashboard = dashboard },
            // No demo catalog (and no video clips to encode) unless a test asks for it with --Parameters:seed-catalog=true.
            [.. GraphIsolation.Arguments(dataDirectory, telemetry: dashboard),
             .. arguments.Any(argument => argument.StartsWith("--Parameters:seed-catalog=", StringComparison.Ordinal)) ? [] : new[] { "--Parameters:seed-catalog=false" },
             // No web app (a Vite dev server per suite) unless a test asks for it with --Parameters:web-mode=static.
             .. arguments.Any(argument => argument.StartsWith("--Parameters:web-mode=", StringComparison.Ordinal)) ? [] : new[] { "--Parameters:web-mode=none" },
             .. arguments],
            TestContext.Current.CancellationToken);
        // Resource output (every PostgreSQL line, say) would bury the test results; HAR_TEST_LOGS=1 shows it.
        if (Environment.GetEnvironmentVariable("HAR_TEST_LOGS") != "1")
        {
            builder.Services.AddLogging(logging => logging
                .AddFilter("HarAcademy.AppHost.Resources", LogLevel.None)
                // Health checks fail while resources start: expected, and not worth a stack trace each.
                .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None)
                .AddFilter("System.Net.Http", LogLevel.Warning)
                .AddFilter("Polly", LogLevel.Warning)
                .AddFilter("Aspire.Hosting", LogLevel.Warning)
                .AddFilter("HarAcademy", LogLevel.Warning));
        }

        // Every test client comes from 127.0.0.1: the per-address sign-up limit would count a whole suite as one
        // visitor (the limit itself is tested on an auth host of its own).
        builder.CreateResourceBuilder<ProjectResource>("auth").WithEnvironment("Auth__Throttle__MaxRegistrationsPerIp", "100000");
        return new TestGraph(builder, dataDirectory, ownsData);
    }

    /// <summary>Drops every resource of the AppHost's graph, for a test that declares its own (an integration on its own).</summary>
    public TestGraph Empty()
    {
        Builder.Resources.Clear();
        return this;
    }

    /// <summary>
    /// Drops resources the suite does not need (e.g. <c>chroma</c>), with their children (a server's databases) and the
    /// parameters only they used (a server's password), so nothing is left waiting on what is gone.
    /// </summary>
    public TestGraph Without(params string[] resourceNames)
    {
        var removed = Builder.Resources.Where(resource => resourceNames.Contains(resource.Name)).ToList();
        Assert.Equal(resourceNames.Length, removed.Count);
        removed.AddRange(Builder.Resources.OfType<IResourceWithParent>().Where(child => removed.Contains(child.Parent)));
        foreach (var resource in removed)
        {
            Builder.Resources.Remove(resource);
        }

        var stillUsed = Builder.Resources.OfType<IResourceWithConnectionString>()
            .SelectMany(resource => resource.ConnectionStringExpression.ValueProviders).ToHashSet();
        var orphans = removed.OfType<IResourceWithConnectionString>()
            .SelectMany(resource => resource.ConnectionStringExpression.ValueProviders.OfType<ParameterResource>())
            .Where(parameter => !stillUsed.Contains(parameter));
        foreach (var parameter in orphans.ToList())
        {
            Builder.Resources.Remove(parameter);
        }

        return this;
    }

    /// <summary>Builds and starts the graph, then waits until <paramref name="healthy"/> are healthy (every replica).</summary>
    public async Task<DistributedApplication> StartAsync(TimeSpan timeout, params string[] healthy)
    {
        _application = await Builder.BuildAsync(TestContext.Current.CancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(timeout);
        await Application.StartAsync(deadline.Token);
        foreach (var name in healthy)
        {
            await Application.ResourceNotifications.WaitForResourceHealthyAsync(name, deadline.Token);
        }

        return Application;
    }

    public async Task<string> ConnectionStringAsync(string resourceName) =>
        await Application.GetConnectionStringAsync(resourceName, TestContext.Current.CancellationToken)
        ?? throw new InvalidOperationException($"'{resourceName}' has no connection string.");

    /// <summary>The address each running replica of <paramref name="resourceName"/> listens on itself (behind DCP's proxy), in a stable order.</summary>
    public async Task<IReadOnlyList<Uri>> ReplicaAddressesAsync(string resourceName, int replicas)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        return await Application.ReplicaAddressesAsync(resourceName, replicas, deadline.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_application is { } application)
        {
            try
            {
                await application.StopAsync();
            }
            catch (ArgumentNullException)
            {
                // Aspire.Hosting.Testing cannot stop a host that failed to start; disposing still cleans up.
            }

            await application.DisposeAsync();
        }

        if (_ownsData)
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
