using FeedFunctions.Feeds;

namespace FeedFunctions.Core.Tests.Feeds;

public sealed class FeedUrlsTests
{
    [Theory]
    [InlineData("http://user:s3cretpw@host.example/feed")]
    [InlineData("https://user@host.example/feed")]
    [InlineData("https://:pw@host.example/feed")]
    public void CredentialsProblem_UserInfo_IsRefused(string url) =>
        Assert.Contains("user name or password", FeedUrls.CredentialsProblem(new Uri(url)));

    [Fact]
    public void CredentialsProblem_PlainUrl_IsNull() => Assert.Null(FeedUrls.CredentialsProblem(new Uri("https://host.example/feed?user=a@b")));

    [Fact]
    public void Redacted_DropsUserAndPasswordOnly() =>
        Assert.Equal("http://host.example:8080/feed.xml?a=1", FeedUrls.Redacted(new Uri("http://user:s3cretpw@host.example:8080/feed.xml?a=1")).AbsoluteUri);

    // Addresses a host resolved to, and credentials in URLs, leave anonymous error messages; times and versions stay.
    [Theory]
    [InlineData("blocked-address: feeds.example resolved to 10.1.2.3, a private address", "blocked-address: feeds.example resolved to [address], a private address")]
    [InlineData("resolved to fd00::1 and [2001:db8::7]", "resolved to [address] and [address]")]
    [InlineData("fetch of http://user:pw@host.example/x failed", "fetch of http://host.example/x failed")]
    [InlineData("timed out at 12:30 after 30 s (HTTP/1.1)", "timed out at 12:30 after 30 s (HTTP/1.1)")]
    public void RedactedError_RemovesAddressesAndCredentials(string message, string expected) =>
        Assert.Equal(expected, FeedUrls.RedactedError(message));
}
