using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Aspire.Hosting;

/// <summary>Endpoints of processes that listen themselves, with no DCP proxy in between.</summary>
public static class LocalEndpointExtensions
{
    /// <summary>
    /// An HTTP endpoint the process listens on itself: no proxy hop on every request (DCP's proxy costs CPU that a
    /// 2-core machine feels in every benchmark). On <paramref name="port"/> in run mode; on a free port when the
    /// AppHost randomizes ports, as Aspire.Hosting.Testing does, so tests never collide with a running graph. A
    /// resource with replicas needs DCP's proxy to spread requests: use <c>WithHttpEndpoint</c> there.
    /// </summary>
    public static IResourceBuilder<T> WithDirectHttpEndpoint<T>(this IResourceBuilder<T> builder, int port, string name = "http")
        where T : IResourceWithEndpoints =>
        builder.WithHttpEndpoint(port: RunModePort(builder.ApplicationBuilder, port), name: name, isProxied: false);

    /// <summary><paramref name="port"/>, or null (any free port) when the AppHost randomizes ports.</summary>
    public static int? RunModePort(IDistributedApplicationBuilder builder, int? port) =>
        builder.Configuration.GetValue("DcpPublisher:RandomizePorts", false) ? null : port;
}
