using System.Net.Sockets;
using System.Text;

namespace HarAcademy.Hosting.Health;

/// <summary>
/// Healthy when <c>AUTH</c> then <c>PING</c> answer <c>+OK</c> and <c>+PONG</c>. Written by hand over a raw socket
/// (two RESP inline commands) because a StackExchange.Redis multiplexer per probe would cost far more than the probe.
/// </summary>
public sealed class RedisHealthProbe(int port, string password) : IHealthProbe
{
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"AUTH {password}\r\nPING\r\n"), timeout.Token);

            var received = new StringBuilder();
            var buffer = new byte[256];
            while (!received.ToString().Contains("+PONG", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, timeout.Token);
                if (read == 0)
                {
                    return false;
                }

                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
                if (received.ToString().StartsWith('-'))
                {
                    return false; // -ERR / -WRONGPASS / -LOADING
                }
            }

            return received.ToString().StartsWith("+OK", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }
}
