using Aspire.Hosting.ApplicationModel;

namespace HarAcademy.Hosting.LocalProcesses.Chroma;

/// <summary>
/// The ChromaDB server (the Rust server shipped in the <c>chromadb</c> npm package) as a local process. Its connection
/// string is the server's base URL; clients speak its HTTP API v2.
/// </summary>
public sealed class LocalChromaResource(string name, string cli, string dataDirectory)
    : ExecutableResource(name, cli, dataDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "http";

    public string DataDirectory { get; } = dataDirectory;

    public EndpointReference PrimaryEndpoint => field ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{PrimaryEndpoint.Property(EndpointProperty.Url)}");
}
