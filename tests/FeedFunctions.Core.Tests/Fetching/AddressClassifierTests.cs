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
    public void BlockedRange_PublicAddress_IsNull(string address) =>
        Assert.Null(AddressClassifier.BlockedRange(IPAddress.Parse(address)));
}
