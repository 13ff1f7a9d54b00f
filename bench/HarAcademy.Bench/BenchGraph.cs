using System.Runtime.InteropServices;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using HarAcademy.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HarAcademy.Bench;

/// <summary>
/// The AppHost's own graph for the load benchmarks and the AI service's Python suite, as the C# test suites start it:
/// free ports (so a developer's <c>./build.sh run</c> can stay up), a throw-away data folder, no telemetry collector (as
/// in production without one). <c>--without a,b</c> leaves resources out (the Python suite runs the AI app itself).
/// Prints one JSON line once healthy: each service's address (the gateway through DCP's proxy, and each replica's own
/// address, which is what a load balancer would reach in a deployment), connection strings, and the generated secrets
/// a client of the graph needs (the sandbox's webhook secret). <c>--parameter name=value</c> sets an AppHost parameter.
/// </summary>
public static class BenchGraph
{
    public static async Task<int> RunAsync(string[] args)
    {
        var replicas = 1;
        var without = new HashSet<string>(StringComparer.Ordinal);
        var parameters = new List<string>();
        var settings = new List<(string Resource, string Name, string Value)>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--replicas":
                    replicas = int.Parse(args[++i]);
                    break;
                case "--parameter":
                    parameters.Add($"--Parameters:{args[++i]}"); // after the defaults below, so it wins (e.g. seed-catalog=true)
                    break;
                case "--without":
                    without.UnionWith(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "--set" when args[++i].Split(':', 2) is [var resource, var assignment] && assignment.Split('=', 2) is [var name, var value]:
                    settings.Add((resource, name, value));
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i]}'");
                    return 2;
            }
        }

        var dataDirectory = GraphIsolation.NewDataDirectory("har-bench-");
        using var stop = new CancellationTokenSource();
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });
        try
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.HarAcademy_AppHost>(
            [
                .. GraphIsolation.Arguments(dataDirectory),
                // The benchmarks load their own data; the development catalog would only slow the start.
                "--Parameters:seed-catalog=false",
                $"--Parameters:gateway-replicas={replicas}",
                // Quiet: the addresses line is what the benchmark scripts read.
                "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks=None",
                .. parameters,
            ]);
            builder.Services.AddLogging(logging => logging.AddFilter("HarAcademy.AppHost.Resources", LogLevel.None));
            var removed = builder.Resources.Where(resource => without.Contains(resource.Name)).ToList();
            removed.AddRange(builder.Resources.OfType<IResourceWithParent>().Where(child => removed.Contains(child.Parent)));
            removed.ForEach(resource => builder.Resources.Remove(resource));
            foreach (var (resource, name, value) in settings)
            {
                // Any resource with an environment: the .NET services, and the AI service (a uvicorn app).
                builder.CreateResourceBuilder(builder.Resources.OfType<IResourceWithEnvironment>().Single(r => r.Name == resource)).WithEnvironment(name, value);
            }

            await using var application = await builder.BuildAsync();
            await application.StartAsync();
            var present = builder.Resources.Select(resource => resource.Name).ToHashSet();
            foreach (var resource in new[] { "postgres", "redis", "chroma", "authdb", "auth", "courses", "payments", "ai", "gateway" }.Where(present.Contains))
            {
                await application.ResourceNotifications.WaitForResourceHealthyAsync(resource);
            }

            var addresses = new Dictionary<string, object?>();
            foreach (var service in new[] { "auth", "courses", "payments", "ai", "gateway" }.Where(present.Contains))
            {
                addresses[service] = application.GetEndpoint(service, "http").ToString().TrimEnd('/');
            }

            // For benchmarks that load data in bulk (thousands of courses) rather than through the API, and the Python suite.
            foreach (var resource in new[] { "coursesdb", "paymentsdb", "aidb", "redis", "chroma" }.Where(present.Contains))
            {
                addresses[resource] = await application.GetConnectionStringAsync(resource);
            }

            if (present.Contains("payments"))
            {
                // The sandbox's webhook secret (generated for this graph): the payments benchmark signs events with it, as Stripe would.
                addresses["payments_webhook_secret"] = await builder.Resources.OfType<ParameterResource>().Single(p => p.Name == "payments-webhook-secret").GetValueAsync(default);
            }

            if (present.Contains("gateway"))
            {
                addresses["gateway_replicas"] = (await application.ReplicaAddressesAsync("gateway", replicas)).Select(address => address.ToString().TrimEnd('/'));
            }

            Console.WriteLine(JsonSerializer.Serialize(addresses));

            // Until told to stop: SIGTERM, or the benchmark script closing our stdin.
            _ = Task.Run(() => { Console.In.ReadToEnd(); stop.Cancel(); });
            await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            await application.StopAsync();
            return 0;
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
