using System.Text;
using System.Text.RegularExpressions;
using FeedFunctions.TestSupport;
using MimeKit;

namespace FeedFunctions.Host.Tests.Browser;

/// <summary>Reads back what the site mailed, from smtp4dev's API, as a subscriber's mail client would get it.</summary>
internal static partial class SiteMail
{
    /// <summary>The newest message to <paramref name="address"/> whose subject starts with <paramref name="subjectStart"/>.</summary>
    public static async Task<MimeMessage> WaitForAsync(Smtp4devFixture smtp, string address, string subjectStart, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            foreach (var message in await smtp.ListMessagesAsync(cancellationToken))
            {
                var to = message.GetProperty("to").EnumerateArray().Any(t => t.GetString()?.Contains(address, StringComparison.OrdinalIgnoreCase) == true);
                if (to && message.GetProperty("subject").GetString()?.StartsWith(subjectStart, StringComparison.Ordinal) == true)
                {
                    var raw = await smtp.GetRawAsync(message.GetProperty("id").GetString()!, cancellationToken);
                    return MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)), cancellationToken);
                }
            }
            if (DateTime.UtcNow > until) throw new TimeoutException($"tests: no message \"{subjectStart}...\" to {address}");
            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>Every link of a message: the href of each anchor of its HTML part and each URL of its text part.</summary>
    public static IReadOnlyList<Uri> Links(MimeMessage message) =>
        [.. Href().Matches(message.HtmlBody ?? "").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))
            .Concat(TextUrl().Matches(message.TextBody ?? "").Select(m => m.Value))
            .Distinct(StringComparer.Ordinal)
            .Select(u => new Uri(u))];

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex TextUrl();
}
