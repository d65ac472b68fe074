using System.Buffers.Text;
using FeedFunctions.Api;

namespace FeedFunctions.Core.Tests.Api;

public sealed class ContinuationTokensTests
{
    private static ContinuationTokens Tokens(string key = "continuation-test-signing-key-0123456789") => ContinuationTokens.WithSigningKey(key);

    [Fact]
    public void Verify_TokenItSigned_ReturnsThePosition()
    {
        var tokens = Tokens();
        var token = tokens.Sign("articles", "202605|all|2520000000000000000-ab-cd");
        Assert.Equal("202605|all|2520000000000000000-ab-cd", tokens.Verify("articles", token));
        // Only base64url characters, as docs/api.md and the parameter's pattern promise.
        Assert.Matches("^[A-Za-z0-9_-]+$", token!);
    }

    // Each way a client can get a token wrong ends in null (a 400), never in a position the store would read.
    public static TheoryData<string, string?> BadTokens => new()
    {
        { "forged unsigned position (issue 16)", Base64Url.EncodeToString("999912|x"u8) },
        { "empty", "" },
        { "not base64url", "%%%" },
        { "too short for a MAC", "AAAA" },
        { "overlong", new string('A', 600) },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public void Verify_BadToken_ReturnsNull(string name, string? token)
    {
        Assert.True(Tokens().Verify("articles", token) is null, name);
    }

    [Fact]
    public void Verify_TruncatedTamperedOrForeignToken_ReturnsNull()
    {
        var tokens = Tokens();
        var token = tokens.Sign("articles", "202605|x")!;
        Assert.Null(tokens.Verify("articles", token[..^2]));
        Assert.Null(tokens.Verify("articles", (token[0] == 'A' ? "B" : "A") + token[1..]));
        // Another list's token, or one signed with another key, is not ours.
        Assert.Null(tokens.Verify("stories", token));
        Assert.Null(Tokens("another-signing-key-0123456789-abcdefgh").Verify("articles", token));
    }

    [Fact]
    public void Sign_NoPosition_IsNoToken() => Assert.Null(Tokens().Sign("articles", null));
}
