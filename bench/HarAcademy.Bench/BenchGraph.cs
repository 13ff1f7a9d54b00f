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
/// The AppHost's own graph for the load benchmarks, as the test suites start it: free ports (so a developer's
/// <c>./build.sh run</c> can stay up), a throw-away data folder, no telemetry collector (as in production without one).
/// Prints <c>{"auth": …, "courses": …, "coursesdb": …, "payments": …, "paymentsdb": …, "payments_webhook_secret": …, "gateway": …, "gateway_replicas": […]}</c> once healthy: the gateway through DCP's proxy, and
/// each replica's own address, which is what a load balancer would reach in a deployment.
/// </summary>
public static class BenchGraph
{
    public static async Task<int> RunAsync(string[] args)
    {
        var replicas = 1;
        var settings = new List<(string Resource, string Name, string Value)>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--replicas":
                    replicas = int.Parse(args[++i]);
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
            ]);
            builder.Services.AddLogging(logging => logging.AddFilter("HarAcademy.AppHost.Resources", LogLevel.None));
            foreach (var (resource, name, value) in settings)
            {
                builder.CreateResourceBuilder<ProjectResource>(resource).WithEnvironment(name, value);
            }

            await using var application = await builder.BuildAsync();
            await application.StartAsync();
            foreach (var resource in new[] { "postgres", "redis", "chroma", "authdb", "auth", "courses", "payments", "gateway" })
            {
                await application.ResourceNotifications.WaitForResourceHealthyAsync(resource);
            }

            Console.WriteLine(JsonSerializer.Serialize(new
            {
                auth = application.GetEndpoint("auth", "http").ToString().TrimEnd('/'),
                courses = application.GetEndpoint("courses", "http").ToString().TrimEnd('/'),
                // For benchmarks that load data in bulk (thousands of courses) rather than through the API.
                coursesdb = await application.GetConnectionStringAsync("coursesdb"),
                payments = application.GetEndpoint("payments", "http").ToString().TrimEnd('/'),
                paymentsdb = await application.GetConnectionStringAsync("paymentsdb"),
                // The sandbox's webhook secret (generated for this graph): the payments benchmark signs events with it, as Stripe would.
                payments_webhook_secret = await builder.Resources.OfType<ParameterResource>().Single(p => p.Name == "payments-webhook-secret").GetValueAsync(default),
                gateway = application.GetEndpoint("gateway", "http").ToString().TrimEnd('/'),
                gateway_replicas = (await application.ReplicaAddressesAsync("gateway", replicas)).Select(address => address.ToString().TrimEnd('/')),
            }));

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
