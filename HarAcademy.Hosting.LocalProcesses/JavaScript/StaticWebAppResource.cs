using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace HarAcademy.Hosting.LocalProcesses.JavaScript;

/// <summary>
/// A web app's production build served by a local nginx with the app's own server configuration (the one its
/// container uses), forwarding the API and hub paths to <see cref="Backend"/>.
/// </summary>
public sealed class StaticWebAppResource(string name, string appDirectory, string workingDirectory, EndpointReference backend)
    : ExecutableResource(name, "nginx", workingDirectory), IResourceWithServiceDiscovery
{
    public const string EndpointName = "http";

    /// <summary>The app's folder: <c>dist/</c> (the build) and <c>nginx/web.conf.template</c>.</summary>
    public string AppDirectory { get; } = appDirectory;

    /// <summary>Where nginx keeps its configuration, pid and temporary files for this run.</summary>
    public string RuntimeDirectory => WorkingDirectory;

    public EndpointReference Backend { get; } = backend;

    public EndpointReference PrimaryEndpoint => field ??= new(this, EndpointName);
}
