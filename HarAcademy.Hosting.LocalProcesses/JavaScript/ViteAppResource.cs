using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace HarAcademy.Hosting.LocalProcesses.JavaScript;

/// <summary>A Vite app run as Aspire's AddViteApp runs one: <c>npm run dev -- --port N</c> with <c>PORT</c> set.</summary>
public sealed class ViteAppResource(string name, string appDirectory)
    : ExecutableResource(name, "npm", appDirectory), IResourceWithServiceDiscovery
{
    public const string EndpointName = "http";

    public EndpointReference PrimaryEndpoint => field ??= new(this, EndpointName);
}
