using FeedFunctions.Digest;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FeedFunctions.Core.Tests.Digest;

public sealed class SubscriptionTokensTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    private SubscriptionTokens Tokens(string key = "a-signing-key-that-is-long-enough-0123456789") =>
        new(Options.Create(new DigestOptions { SigningKey = key, PublicBaseUrl = "https://x.test/" }), clock);

    [Fact]
    public void Validate_FreshTokenForSamePurpose_ReturnsSubscriberId()
    {
        var token = Tokens().Create("abc123", TokenPurpose.Confirm, TimeSpan.FromHours(1));
        Assert.Equal("abc123", Tokens().Validate(token, TokenPurpose.Confirm));
    }

    [Fact]
    public void Validate_OtherPurpose_ReturnsNull()
    {
        var token = Tokens().Create("abc123", TokenPurpose.Preferences, TimeSpan.FromHours(1));
        Assert.Null(Tokens().Validate(token, TokenPurpose.Unsubscribe));
    }

    [Fact]
    public void Validate_AfterExpiry_ReturnsNull()
    {
        var token = Tokens().Create("abc123", TokenPurpose.Confirm, TimeSpan.FromHours(1));
        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal("abc123", Tokens().Validate(token, TokenPurpose.Confirm));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(Tokens().Validate(token, TokenPurpose.Confirm));
    }

    [Fact]
    public void Validate_SignedWithAnotherKey_ReturnsNull()
    {
        var token = Tokens("another-signing-key-that-is-long-enough-987654").Create("abc123", TokenPurpose.Confirm, TimeSpan.FromHours(1));
        Assert.Null(Tokens().Validate(token, TokenPurpose.Confirm));
    }

    [Fact]
    public void Validate_PayloadSwappedToOtherSubscriber_ReturnsNull()
    {
        var mine = Tokens().Create("abc123", TokenPurpose.Unsubscribe, TimeSpan.FromHours(1));
        var theirs = Tokens().Create("def456", TokenPurpose.Unsubscribe, TimeSpan.FromHours(1));
        var forged = theirs.Split('.')[0] + "." + mine.Split('.')[1];
        Assert.Null(Tokens().Validate(forged, TokenPurpose.Unsubscribe));
    }

    public static TheoryData<string> Malformed => new() { "", ".", "abc", "abc.", ".abc", "!!!.###", new string('a', 600) + ".b" };

    [Fact]
    public void Validate_NullToken_ReturnsNull() => Assert.Null(Tokens().Validate(null, TokenPurpose.Confirm));

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Validate_Malformed_ReturnsNull(string token) =>
        Assert.Null(Tokens().Validate(token, TokenPurpose.Confirm));
}
