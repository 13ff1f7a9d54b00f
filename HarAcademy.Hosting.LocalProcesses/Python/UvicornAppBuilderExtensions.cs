using Aspire.Hosting.ApplicationModel;
using HarAcademy.Hosting.LocalProcesses;
using HarAcademy.Hosting.LocalProcesses.Python;

namespace Aspire.Hosting;

public static class UvicornAppBuilderExtensions
{
    private const int ContainerPort = 8000;
    private const string KeepAliveSeconds = "75";

    /// <summary>
    /// A Python ASGI app (<paramref name="appModule"/>, e.g. <c>app.main:app</c>) in <paramref name="appDirectory"/>
    /// (relative to the AppHost's folder), served by uvicorn from its <c>.venv</c> in run mode, built from the folder's
    /// Dockerfile in the publish manifest. It exports telemetry to the dashboard over OTLP/HTTP (protobuf), the
    /// protocol a Python app can speak with Debian's packages alone.
    /// </summary>
    public static IResourceBuilder<UvicornAppResource> AddUvicornApp(this IDistributedApplicationBuilder builder, [ResourceName] string name,
        string appDirectory, string appModule, int? port = null)
    {
        var directory = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, appDirectory));
        var app = new UvicornAppResource(name, directory, appModule);
        var resource = builder.AddResource(app)
            .WithEndpoint(port: LocalEndpointExtensions.RunModePort(builder, port), scheme: "http", name: UvicornAppResource.EndpointName, isProxied: false)
            // Keep-alive longer than a proxy's idle connections (YARP's pool keeps them a minute): uvicorn's default 5 s
            // closes connections the gateway is about to reuse, and a request sent on one fails.
            .WithArgs(context => context.Args.Add("-m", "uvicorn", app.AppModule, "--host", "127.0.0.1", "--no-access-log",
                "--timeout-keep-alive", KeepAliveSeconds, "--port", app.PrimaryEndpoint.Property(EndpointProperty.TargetPort)))
            .WithEnvironment("PORT", app.PrimaryEndpoint.Property(EndpointProperty.TargetPort))
            .WithEnvironment("PYTHONUNBUFFERED", "1")
            .WithOtlpExporter(OtlpProtocol.HttpProtobuf)
            .WithIconName("CodePyRectangle");

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(app, (_, _) => File.Exists(app.Command)
            ? Task.CompletedTask
            : throw new InvalidOperationException($"The Python venv of '{name}' is missing: create it with `/usr/bin/python3 -m venv --system-site-packages {directory}/.venv`."));

        return resource.PublishAsDockerFile(container => container.WithEndpoint(UvicornAppResource.EndpointName, endpoint => endpoint.TargetPort = ContainerPort));
    }
}
