using Aspire.Hosting.ApplicationModel;
using HarAcademy.Hosting.LocalProcesses;
using HarAcademy.Hosting.LocalProcesses.JavaScript;

namespace Aspire.Hosting;

public static class ViteAppBuilderExtensions
{
    private const int ContainerPort = 80;

    /// <summary>
    /// A Vite app in <paramref name="appDirectory"/> (relative to the AppHost's folder): its dev server in run mode
    /// (<c>npm ci</c> there installs it), the folder's Dockerfile (a static build served by a web server) in the publish
    /// manifest. References (<c>WithReference(gateway)</c>) reach its config as <c>services__gateway__http__0</c>.
    /// </summary>
    public static IResourceBuilder<ViteAppResource> AddViteApp(this IDistributedApplicationBuilder builder, [ResourceName] string name,
        string appDirectory, int? port = null)
    {
        var directory = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, appDirectory));
        var app = new ViteAppResource(name, directory);
        var resource = builder.AddResource(app)
            .WithEndpoint(port: LocalEndpointExtensions.RunModePort(builder, port), scheme: "http", name: ViteAppResource.EndpointName, isProxied: false)
            .WithArgs(context => context.Args.Add("run", "dev", "--", "--host", "127.0.0.1", "--strictPort",
                "--port", app.PrimaryEndpoint.Property(EndpointProperty.TargetPort)))
            .WithEnvironment("PORT", app.PrimaryEndpoint.Property(EndpointProperty.TargetPort))
            .WithEnvironment("BROWSER", "none")
            .WithIconName("CodeJsRectangle");

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(app, (_, _) => Directory.Exists(Path.Combine(directory, "node_modules"))
            ? Task.CompletedTask
            : throw new InvalidOperationException($"The packages of '{name}' are not installed: install them with `npm ci --prefix {directory}`."));

        return resource.PublishAsDockerFile(container => container.WithEndpoint(ViteAppResource.EndpointName, endpoint => endpoint.TargetPort = ContainerPort));
    }
}
