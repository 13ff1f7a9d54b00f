using System.Net;
using System.Net.Sockets;
using HarAcademy.Hosting.Orchestration;

namespace HarAcademy.AppHost.Tests.Engine;

public sealed class PortAllocatorTests
{
    [Fact]
    public void Free_ports_are_never_handed_out_twice()
    {
        var ports = Enumerable.Range(0, 100).Select(_ => PortAllocator.GetFreePort()).ToArray();
        Assert.Equal(ports.Length, ports.Distinct().Count());
        Assert.All(ports, port => Assert.InRange(port, 1024, 65535));
    }

    [Fact]
    public void A_listening_port_is_not_free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        Assert.False(PortAllocator.IsFree(port));
        listener.Stop();
        Assert.True(PortAllocator.IsFree(port));
    }
}
