using System.Net;
using FeedFunctions.Fetching;

namespace FeedFunctions.Core.Tests.Fetching;

public sealed class AddressClassifierTests
{
    // Classification only: nothing here connects anywhere.
    public static TheoryData<string, string> Blocked => new()
    {
        { "127.0.0.1", "loopback" },
        { "127.255.0.9", "loopback" },
        { "::1", "loopback" },
        { "::ffff:127.0.0.1", "embedded-ipv4-loopback" },
        { "::ffff:7f00:1", "embedded-ipv4-loopback" },
        { "::127.0.0.1", "embedded-ipv4-loopback" },
        { "64:ff9b::7f00:1", "embedded-ipv4-loopback" },
        { "2002:7f00:1::", "embedded-ipv4-loopback" },
        { "169.254.169.254", "link-local" },
        { "::ffff:169.254.169.254", "embedded-ipv4-link-local" },
        { "fd00::1", "unique-local" },
        { "fc00::1", "unique-local" },
        { "fe80::1", "link-local" },
        { "224.0.0.1", "multicast" },
        { "ff02::1", "multicast" },
        { "10.1.2.3", "private" },
        { "172.16.0.1", "private" },
        { "172.31.255.255", "private" },
        { "192.168.1.1", "private" },
        { "::ffff:10.0.0.1", "embedded-ipv4-private" },
        { "100.64.0.1", "carrier-grade-nat" },
        { "100.127.255.255", "carrier-grade-nat" },
        { "0.0.0.0", "this-network" },
        { "0.1.2.3", "this-network" },
        { "::", "unspecified" },
        { "255.255.255.255", "reserved" },
        { "::ffff:255.255.255.255", "embedded-ipv4-reserved" },
        // Issue 16 item 7 and the rest of the IANA IPv6 special-purpose registry (RFC 6890 and its updates).
        { "::ffff:0:7f00:1", "ipv4-translated" },          // RFC 2765 SIIT ::ffff:0:0:0/96, not routed on the Internet
        { "::ffff:0:808:808", "ipv4-translated" },
        { "64:ff9b:1::7f00:1", "nat64-local" },            // RFC 8215 local-use NAT64 prefix 64:ff9b:1::/48
        { "64:ff9b:1::808:808", "nat64-local" },
        { "64:ff9b::a00:1", "embedded-ipv4-private" },     // RFC 6052: the well-known prefix is judged by its IPv4
        { "2001::1", "teredo" },                            // RFC 4380 2001::/32
        { "2001:0:4136:e378:8000:63bf:3fff:fdd2", "teredo" },
        { "2001:2::1", "benchmarking" },                    // RFC 5180 2001:2::/48
        { "2001:10::1", "ietf-protocol" },                  // RFC 2928 2001::/23 (ORCHID and the rest)
        { "2001:1ff:ffff::1", "ietf-protocol" },
        { "3fff::1", "documentation" },                     // RFC 9637 3fff::/20
        { "5f00::1", "segment-routing" },                   // RFC 9602 5f00::/16
        { "100:0:0:1::1", "dummy" },                        // RFC 9780 dummy prefix 100:0:0:1::/64
        { "200::1", "reserved" },                           // outside 2000::/3, the only global unicast space (RFC 4291 2.4)
        { "4000::1", "reserved" },
        { "e000::1", "reserved" },
        { "192.88.99.1", "6to4-relay" },                    // RFC 7526 deprecated 6to4 relay anycast
        { "2002:c058:6301::", "embedded-ipv4-6to4-relay" },
        { "2002:a00:1::", "embedded-ipv4-private" },
    };

    [Theory]
    [MemberData(nameof(Blocked))]
    public void BlockedRange_SpecialPurposeAddress_NamesTheRange(string address, string range) =>
        Assert.Equal(range, AddressClassifier.BlockedRange(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("2001:4860::8888")]
    [InlineData("1.1.1.1")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("2606:4700::1111")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:808:808::1")]
    [InlineData("2001:200::1")]
    [InlineData("2a00:1450::1")]
    public void BlockedRange_PublicAddress_IsNull(string address) =>
        Assert.Null(AddressClassifier.BlockedRange(IPAddress.Parse(address)));
}
