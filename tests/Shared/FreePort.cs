using System.Net;
using System.Net.Sockets;

namespace HarAcademy.Testing;

/// <summary>A loopback port nothing listens on: a dead replica or an absent service.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
