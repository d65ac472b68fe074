using System.Net;
using System.Net.Sockets;

namespace FeedFunctions.Fetching;

/// <summary>Names the special-purpose range an address belongs to (RFC 6890 and the IANA registries), or null for a public unicast address.</summary>
internal static class AddressClassifier
{
    private static readonly (IPNetwork Network, string Name)[] V4Ranges =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "this-network"),
        (IPNetwork.Parse("10.0.0.0/8"), "private"),
        (IPNetwork.Parse("100.64.0.0/10"), "carrier-grade-nat"),
        (IPNetwork.Parse("127.0.0.0/8"), "loopback"),
        (IPNetwork.Parse("169.254.0.0/16"), "link-local"),
        (IPNetwork.Parse("172.16.0.0/12"), "private"),
        (IPNetwork.Parse("192.0.0.0/24"), "ietf-protocol"),
        (IPNetwork.Parse("192.0.2.0/24"), "documentation"),
        // RFC 7526: the deprecated 6to4 relay anycast prefix; whoever answers there is not a feed host.
        (IPNetwork.Parse("192.88.99.0/24"), "6to4-relay"),
        (IPNetwork.Parse("192.168.0.0/16"), "private"),
        (IPNetwork.Parse("198.18.0.0/15"), "benchmarking"),
        (IPNetwork.Parse("198.51.100.0/24"), "documentation"),
        (IPNetwork.Parse("203.0.113.0/24"), "documentation"),
        (IPNetwork.Parse("224.0.0.0/4"), "multicast"),
        // 240/4 is reserved and holds 255.255.255.255, the limited broadcast address.
        (IPNetwork.Parse("240.0.0.0/4"), "reserved"),
    ];

    // The IANA IPv6 special-purpose registry, most specific first. Ranges outside 2000::/3 not named here are "reserved".
    private static readonly (IPNetwork Network, string Name)[] V6Ranges =
    [
        (IPNetwork.Parse("::/128"), "unspecified"),
        (IPNetwork.Parse("::1/128"), "loopback"),
        // RFC 2765 (SIIT) IPv4-translated addresses ::ffff:0:a.b.c.d: meaningful only inside a translator's domain.
        (IPNetwork.Parse("::ffff:0:0:0/96"), "ipv4-translated"),
        // RFC 8215: the local-use NAT64 prefix translates into whatever IPv4 network the operator chose.
        (IPNetwork.Parse("64:ff9b:1::/48"), "nat64-local"),
        (IPNetwork.Parse("100::/64"), "discard"),
        (IPNetwork.Parse("100:0:0:1::/64"), "dummy"),
        (IPNetwork.Parse("2001::/32"), "teredo"),
        (IPNetwork.Parse("2001:2::/48"), "benchmarking"),
        // RFC 2928: IETF protocol assignments (ORCHID, AMT, AS112 ...), none of them a feed host.
        (IPNetwork.Parse("2001::/23"), "ietf-protocol"),
        (IPNetwork.Parse("2001:db8::/32"), "documentation"),
        (IPNetwork.Parse("3fff::/20"), "documentation"),
        (IPNetwork.Parse("5f00::/16"), "segment-routing"),
        (IPNetwork.Parse("fc00::/7"), "unique-local"),
        (IPNetwork.Parse("fe80::/10"), "link-local"),
        (IPNetwork.Parse("fec0::/10"), "site-local"),
        (IPNetwork.Parse("ff00::/8"), "multicast"),
    ];

    // Prefixes whose addresses carry an IPv4 address that the network may deliver to (RFC 4291, 6052, 3056).
    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    // RFC 4291 section 2.4: global unicast is 2000::/3; the rest of the space is reserved or special.
    private static readonly IPNetwork GlobalUnicast = IPNetwork.Parse("2000::/3");

    /// <summary>Returns the name of the blocked range holding <paramref name="address"/>, or null when it is public.</summary>
    public static string? BlockedRange(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return Match(V4Ranges, address);
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return "not-ip";
        }
        if (Match(V6Ranges, address) is { } range)
        {
            return range;
        }
        // Addresses that embed an IPv4 address are judged by it: 64:ff9b::10.0.0.1 reaches 10.0.0.1 through the translator.
        if (address.IsIPv4MappedToIPv6)
        {
            return Embedded(address.MapToIPv4());
        }
        var bytes = address.GetAddressBytes();
        if (Compatible.Contains(address) || Nat64.Contains(address))
        {
            return Embedded(new IPAddress(bytes.AsSpan(12, 4)));
        }
        if (SixToFour.Contains(address))
        {
            return Embedded(new IPAddress(bytes.AsSpan(2, 4)));
        }
        return GlobalUnicast.Contains(address) ? null : "reserved";
    }

    private static string? Embedded(IPAddress v4) => Match(V4Ranges, v4) is { } name ? "embedded-ipv4-" + name : null;

    private static string? Match((IPNetwork Network, string Name)[] ranges, IPAddress address)
    {
        foreach (var (network, name) in ranges)
        {
            if (network.Contains(address))
            {
                return name;
            }
        }
        return null;
    }
}
