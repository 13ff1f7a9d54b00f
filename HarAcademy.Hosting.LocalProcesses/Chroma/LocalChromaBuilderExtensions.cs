using Aspire.Hosting.ApplicationModel;
using HarAcademy.Hosting.LocalProcesses;
using HarAcademy.Hosting.LocalProcesses.Chroma;
using HarAcademy.Hosting.LocalProcesses.Publishing;

namespace Aspire.Hosting;

public static class LocalChromaBuilderExtensions
{
    private const string Image = "docker.io/chromadb/chroma:1.0.0";
    private const int ContainerPort = 8000;

    /// <summary>
    /// A ChromaDB 1.0 server: in run mode the <c>chroma</c> CLI of the npm package installed in
    /// <paramref name="installDirectory"/> (relative to the AppHost's folder; <c>npm ci</c> there installs it), data in
    /// <c>{LocalProcesses:DataDirectory}/data/{name}</c>; a container with a volume in the publish manifest. Healthy when
    /// its heartbeat answers.
    /// </summary>
    public static IResourceBuilder<LocalChromaResource> AddLocalChroma(this IDistributedApplicationBuilder builder, [ResourceName] string name,
        string installDirectory, int? port = null)
    {
        var install = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, installDirectory));
        var chroma = new LocalChromaResource(name, Path.Combine(install, "node_modules", ".bin", "chroma"), LocalData.DirectoryFor(builder, name));
        var publishing = builder.ExecutionContext.IsPublishMode;

        var resource = builder.AddResource(chroma)
            .WithEndpoint(port: publishing ? null : LocalEndpointExtensions.RunModePort(builder, port), targetPort: publishing ? ContainerPort : null,
                scheme: "http", name: LocalChromaResource.EndpointName, isProxied: false)
            .WithArgs(context => context.Args.Add("run", "--path", chroma.DataDirectory, "--host", "127.0.0.1",
                "--port", chroma.PrimaryEndpoint.Property(EndpointProperty.TargetPort)))
            .WithHttpHealthCheck("/api/v2/heartbeat")
            .WithIconName("BrainCircuit");

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(chroma, (_, _) =>
        {
            if (!File.Exists(chroma.Command))
            {
                throw new InvalidOperationException($"The Chroma server is not installed ({chroma.Command} is missing): install it with `npm ci --prefix {install}`.");
            }

            OwnerOnly.CreateDirectory(chroma.DataDirectory); // the course content indexed for the tutor
            return Task.CompletedTask;
        });

        if (publishing)
        {
            resource
                .WithEnvironment("IS_PERSISTENT", "TRUE")
                .WithManifestPublishingCallback(context => ContainerManifest.WriteAsync(context, chroma, Image,
                    [new ContainerVolume($"{name}-data", "/data")]));
        }

        return resource;
    }
}
