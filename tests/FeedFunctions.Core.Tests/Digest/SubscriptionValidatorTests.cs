using FeedFunctions.Digest;

namespace FeedFunctions.Core.Tests.Digest;

public sealed class SubscriptionValidatorTests
{
    [Theory]
    [InlineData("Reader@Example.org", "reader@example.org")]
    [InlineData("  a.b+tag@example.co.uk ", "a.b+tag@example.co.uk")]
    [InlineData("no-at-sign", null)]
    [InlineData("a@b@example.org", null)]
    [InlineData("Name <a@example.org>", null)]
    [InlineData("a@example.org\r\nBcc: victim@example.org", null)]
    [InlineData("a b@example.org", null)]
    [InlineData("", null)]
    [InlineData("a@[127.0.0.1]", null)]
    [InlineData("a@[IPv6:::1]", null)]
    [InlineData("a@127.0.0.1", null)]
    [InlineData("=?utf-8?q?admin?=@example.org", null)]
    [InlineData("a@=?utf-8?b?ZXhhbXBsZS5vcmc=?=", null)]
    public void NormalizeEmail_Input_ReturnsPlainAddressOrNull(string input, string? expected) =>
        Assert.Equal(expected, SubscriptionValidator.NormalizeEmail(input));

    // Issue 16 item 9: address literals (RFC 5321 4.1.3) and RFC 2047 encoded words were accepted and mailed.
    public static TheoryData<string, string?> Problems => new()
    {
        { "a@[127.0.0.1]", SubscriptionValidator.AddressLiteralError },
        { "a@[IPv6:::1]", SubscriptionValidator.AddressLiteralError },
        { "a@10.0.0.1", SubscriptionValidator.AddressLiteralError },
        { "=?utf-8?q?admin?=@example.org", SubscriptionValidator.EncodedWordError },
        { "=?iso-8859-1?b?YWRtaW4=?=@example.org", SubscriptionValidator.EncodedWordError },
        { "no-at-sign", SubscriptionValidator.EmailError },
        { "reader@example.org", null },
        { "first.last+digest@mail.example.co.uk", null },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void EmailProblem_Address_NamesWhatIsWrong(string input, string? expected) =>
        Assert.Equal(expected, SubscriptionValidator.EmailProblem(input));

    [Fact]
    public void Normalize_TopicsAndCategories_SlugifiedAndDeduplicated()
    {
        var (selection, errors) = SubscriptionValidator.Normalize(new SubscriptionSelection { Topics = ["Climate Change", "climate-change", "AI"], Categories = ["Science ", "science"] });
        Assert.Empty(errors);
        Assert.Equal(["climate-change", "ai"], selection.Topics);
        Assert.Equal(["science"], selection.Categories);
    }

    public static TheoryData<SubscriptionSelection, string> Bad => new()
    {
        { new SubscriptionSelection { Categories = ["gossip"] }, "categories" },
        { new SubscriptionSelection { FeedIds = ["not-hex!"] }, "feeds" },
        { new SubscriptionSelection { Preferences = new DigestPreferences { TimeZone = "Nowhere/Town" } }, "timeZone" },
        { new SubscriptionSelection { Preferences = new DigestPreferences { Frequency = DigestFrequency.EveryNHours, EveryHours = 5 } }, "everyHours" },
        { new SubscriptionSelection { Preferences = new DigestPreferences { MaxStories = 0 } }, "maxStories" },
        { new SubscriptionSelection { Topics = [.. Enumerable.Range(0, 21).Select(i => "t" + i)] }, "topics" },
    };

    [Theory]
    [MemberData(nameof(Bad))]
    public void Normalize_BadField_ReportsThatField(SubscriptionSelection selection, string field)
    {
        var (_, errors) = SubscriptionValidator.Normalize(selection);
        Assert.Equal([field], errors.Keys);
        // Messages are for the person filling the form: a plain sentence, no internal "subscriptions:" prefix.
        Assert.DoesNotContain("subscriptions:", errors[field][0], StringComparison.Ordinal);
        Assert.True(char.IsUpper(errors[field][0][0]) || errors[field][0][0] == '"', errors[field][0]);
        Assert.EndsWith(".", errors[field][0], StringComparison.Ordinal);
    }
}
