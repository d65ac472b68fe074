using FeedFunctions.Core.Tests.Digest;
using FeedFunctions.Digest;
using FeedFunctions.Email;
using FeedFunctions.TestSupport;
using MimeKit;

namespace FeedFunctions.Core.Tests.Email;

[Collection(SmtpCollection.Name)]
public sealed class DigestEmailComposerTests(Smtp4devFixture smtp, AzuriteFixture azurite)
{
    private const string Injection = "ai\r\nBcc: victim@evil.test\r\nX-Injected: yes";

    private async Task<(MimeMessage Parsed, string Raw)> SendAndReadBackAsync(Subscriber subscriber, DigestContent content)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = DigestTestServices.Create(azurite, smtp.SmtpPort, DigestSamples.Now);
        var composer = services.Get<DigestEmailComposer>();
        var message = composer.Compose(subscriber, composer.Issue(subscriber, content), DigestSamples.Links);
        Assert.IsType<EmailSendResult.Sent>(await services.Get<IEmailSender>().SendAsync(message, ct));
        var received = await smtp.WaitForMessageToAsync(subscriber.Email, TimeSpan.FromSeconds(30), ct);
        var raw = await smtp.GetRawAsync(received.GetProperty("id").GetString()!, ct);
        return (DigestTestServices.Parse(raw, ct), raw);
    }

    private static Subscriber NewSubscriber(params string[] topics)
    {
        var email = DigestTestServices.NewAddress("compose");
        return new Subscriber { Id = Subscriber.IdFor(email), Email = email, Topics = topics };
    }

    [Fact]
    public async Task Compose_Digest_AlternativeBodiesAndListHeaders()
    {
        var (parsed, _) = await SendAndReadBackAsync(NewSubscriber("diplomacy"), DigestSamples.Rich());

        Assert.IsType<MultipartAlternative>(parsed.Body);
        Assert.Contains("Trilateral talks resume", parsed.TextBody);
        Assert.Contains("Trilateral talks resume", parsed.HtmlBody);
        Assert.Contains("prefers-color-scheme: dark", parsed.HtmlBody);
        Assert.Contains("<meta name=\"color-scheme\" content=\"light dark\">", parsed.HtmlBody);
        Assert.Contains("mso-hide:all", parsed.HtmlBody);
        Assert.Contains(DigestSamples.Links.UnsubscribePage.AbsoluteUri, parsed.HtmlBody);
        Assert.Equal($"<{DigestSamples.Links.OneClickUnsubscribe.AbsoluteUri}>", parsed.Headers[HeaderId.ListUnsubscribe]);
        Assert.Equal("List-Unsubscribe=One-Click", parsed.Headers["List-Unsubscribe-Post"]);
        Assert.False(string.IsNullOrEmpty(parsed.MessageId));
        Assert.Equal(DigestSamples.Now, parsed.Date);
        Assert.Equal("Your daily digest: Trilateral talks resume on the peninsula (+3 more)", parsed.Subject);
        Assert.Contains(DigestSamples.Links.ViewInBrowser!.AbsoluteUri, parsed.HtmlBody);
        Assert.Contains("View in browser: " + DigestSamples.Links.ViewInBrowser.AbsoluteUri, parsed.TextBody);
        // The brand is the display name of Smtp:From.
        Assert.StartsWith("FeedFunctions Digest: Your daily digest", parsed.TextBody);
    }

    [Fact]
    public async Task Compose_LineBreaksInTopicsTagsAndNames_NoExtraHeaders()
    {
        var story = DigestSamples.Story("Title\r\nX-Injected: yes", "Feed\r\nBcc: victim@evil.test", [Injection], topics: [Injection]);
        var subscriber = NewSubscriber(Injection);

        var (parsed, raw) = await SendAndReadBackAsync(subscriber, DigestSamples.Content(subscriber, story));

        var headerBlock = raw[..raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        var headerNames = headerBlock.Split("\r\n").Where(l => l.Length > 0 && !char.IsWhiteSpace(l[0])).Select(l => l[..l.IndexOf(':')]).ToList();
        Assert.DoesNotContain("Bcc", headerNames, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("X-Injected", headerNames, StringComparer.OrdinalIgnoreCase);
        Assert.Empty(parsed.Bcc);
        Assert.Single(parsed.To.Mailboxes);
        Assert.Equal(subscriber.Email, parsed.To.Mailboxes.Single().Address);
        Assert.Null(parsed.Headers["X-Injected"]);
        Assert.DoesNotContain('\n', parsed.Subject ?? "");
        // The only story is on the subscriber's topic, so the subject names the topic: cleaned to one line.
        Assert.StartsWith("Your daily digest: Ai Bcc: victim@evil.test", parsed.Subject);
    }

    [Fact]
    public async Task Compose_ScriptInTitleAndJavascriptLink_EscapedAndDropped()
    {
        var story = DigestSamples.Story("<script>alert(1)</script> headline", "Feed <b>", ["tag"]) with { Link = new Uri("javascript:alert(1)") };
        var (parsed, _) = await SendAndReadBackAsync(NewSubscriber(), DigestSamples.Content(story));

        Assert.DoesNotContain("<script>", parsed.HtmlBody);
        Assert.Contains("&lt;script&gt;", parsed.HtmlBody);
        Assert.DoesNotContain("javascript:", parsed.HtmlBody);
    }
}
