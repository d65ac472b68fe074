using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Fetching;

/// <summary>Connects sockets only to public addresses, checked after DNS resolution so redirects and DNS rebinding cannot reach private networks.</summary>
public sealed class AddressGuard(IOptions<FetchingOptions> options)
{
    /// <summary>True when a fetch may connect to <paramref name="address"/>.</summary>
    public bool IsAllowed(IPAddress address) =>
        options.Value.AllowPrivateNetworks || AddressClassifier.BlockedRange(address) is null;

    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host, keeps the allowed addresses and connects to one of them.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endPoint = context.DnsEndPoint;
        var host = endPoint.Host.Trim('[', ']');
        var resolved = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = Array.FindAll(resolved, IsAllowed);
        if (allowed.Length == 0)
        {
            if (resolved.Length == 0)
            {
                throw new SocketException((int)SocketError.HostNotFound);
            }
            throw new BlockedAddressException(host, resolved[0], AddressClassifier.BlockedRange(resolved[0]) ?? "blocked");
        }

        // The default constructor makes a dual-mode socket, so it can reach both IPv4 and IPv6 addresses.
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
