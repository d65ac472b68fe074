using System.Net;
using System.Net.Sockets;

namespace FeedFunctions.TestSupport;

/// <summary>Asks the OS for an unused loopback port, so parallel test runs never collide.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until something accepts TCP connections on the port, or fails after the deadline.</summary>
    public static async Task WaitUntilListeningAsync(int port, TimeSpan deadline, Func<string> diagnostics, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(100, cancellationToken);
            }
            catch (SocketException e)
            {
                throw new InvalidOperationException($"tests: nothing listens on 127.0.0.1:{port} after {deadline}. {diagnostics()}", e);
            }
        }
    }
}
