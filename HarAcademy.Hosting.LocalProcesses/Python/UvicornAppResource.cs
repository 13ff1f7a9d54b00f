using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace HarAcademy.Hosting.LocalProcesses.Python;

/// <summary>
/// A Python ASGI app served by uvicorn from the app's own venv (<c>.venv</c>, made on Debian's python3 with system
/// site packages: there is no PyPI here), as Aspire's AddUvicornApp runs one: <c>uvicorn module:app --host --port</c>
/// with <c>PORT</c> set.
/// </summary>
public sealed class UvicornAppResource(string name, string appDirectory, string appModule)
    : ExecutableResource(name, Path.Combine(appDirectory, ".venv", "bin", "python"), appDirectory), IResourceWithServiceDiscovery
{
    public const string EndpointName = "http";

    public string AppModule { get; } = appModule;

    public EndpointReference PrimaryEndpoint => field ??= new(this, EndpointName);
}
