using System.Net;

namespace FeedFunctions.Fetching;

/// <summary>Thrown inside the connect callback when every address of a host is in a blocked range.</summary>
internal sealed class BlockedAddressException(string host, IPAddress address, string range)
    : Exception($"fetch: refused to connect to {address} ({range}) for host {host}; set Fetching:AllowPrivateNetworks=true to allow private networks")
{
    public IPAddress Address { get; } = address;
}
