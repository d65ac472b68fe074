using FeedFunctions.Feeds;
using MimeKit;

namespace FeedFunctions.Digest;

/// <summary>Checks and normalises an address and a selection, with one clear error per bad field.</summary>
public static class SubscriptionValidator
{
    public const int MaxTopics = 20;
    public const int MaxFeeds = 50;

    public const string EmailError = "Enter one email address, such as name@example.org.";

    public const string AddressLiteralError = "Enter an address at a mail domain, such as name@example.org: an IP address ([127.0.0.1]) in place of the domain is not accepted.";

    public const string EncodedWordError = "Enter the address as it is written, such as name@example.org: encoded words (=?utf-8?...?=) are not accepted in an address.";

    /// <summary>The lowercased address, or null when it is not one plain address (RFC 5321 limits it to 254 characters).</summary>
    public static string? NormalizeEmail(string? email) => EmailProblem(email) is null ? email!.Trim().ToLowerInvariant() : null;

    /// <summary>Why <paramref name="email"/> is not one plain address at a mail domain, in words for the subscriber; null when it is one.</summary>
    public static string? EmailProblem(string? email)
    {
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 254 || trimmed.Any(char.IsControl) || trimmed.Any(char.IsWhiteSpace)) return EmailError;
        // RFC 2047 section 5: an encoded word never appears in an addr-spec; mail software that decodes one anyway
        // would send to an address nobody typed.
        if (trimmed.Contains("=?", StringComparison.Ordinal) && trimmed.Contains("?=", StringComparison.Ordinal)) return EncodedWordError;
        if (!MailboxAddress.TryParse(trimmed, out var mailbox) || mailbox.Address != trimmed || !string.IsNullOrEmpty(mailbox.Name)) return EmailError;
        var at = trimmed.LastIndexOf('@');
        if (at <= 0 || at == trimmed.Length - 1 || trimmed.IndexOf('@') != at) return EmailError;
        // RFC 5321 4.1.3 address literals ([127.0.0.1], [IPv6:::1]) and bare IP addresses name a machine, not a mail
        // domain: mail to them goes wherever that address is, inside our network included.
        var domain = trimmed[(at + 1)..];
        if (domain.StartsWith('[') || System.Net.IPAddress.TryParse(domain, out _)) return AddressLiteralError;
        return null;
    }

    /// <summary>The selection with slugs lowercased and duplicates removed, plus the errors found, keyed by field.</summary>
    public static (SubscriptionSelection Selection, Dictionary<string, string[]> Errors) Normalize(SubscriptionSelection selection)
    {
        var errors = new Dictionary<string, string[]>();
        var topics = selection.Topics.Select(t => TagSlug.From(t ?? "")).Where(t => t.Length is > 0 and <= 100).Distinct().ToList();
        if (topics.Count > MaxTopics) errors["topics"] = [$"Choose at most {MaxTopics} topics."];

        var categories = selection.Categories.Select(c => (c ?? "").Trim().ToLowerInvariant()).Distinct().ToList();
        if (categories.FirstOrDefault(c => !Feeds.Categories.IsKnown(c)) is { } unknown)
        {
            errors["categories"] = [$"There is no category \"{Truncate(unknown)}\"; the categories are {string.Join(", ", Feeds.Categories.All)}."];
        }

        var feeds = selection.FeedIds.Select(f => (f ?? "").Trim().ToLowerInvariant()).Distinct().ToList();
        if (feeds.Count > MaxFeeds) errors["feeds"] = [$"Choose at most {MaxFeeds} feeds."];
        else if (feeds.FirstOrDefault(f => f.Length is 0 or > 64 || !f.All(char.IsAsciiHexDigitLower)) is { } badFeed)
        {
            errors["feeds"] = [$"\"{Truncate(badFeed)}\" is not one of our feeds."];
        }

        var p = selection.Preferences;
        if (!Enum.IsDefined(p.Frequency)) errors["frequency"] = ["Choose how often: daily, weekly or everyNHours (several times a day)."];
        if (p.Frequency == DigestFrequency.EveryNHours && !DigestPreferences.AllowedEveryHours.Contains(p.EveryHours))
        {
            errors["everyHours"] = [$"Choose every {string.Join(", ", DigestPreferences.AllowedEveryHours)} hours: a number that divides the day evenly."];
        }
        if (!Enum.IsDefined(p.DeliveryDay)) errors["deliveryDay"] = ["Choose a day of the week, such as Monday."];
        if (DeliverySchedule.FindZone(p.TimeZone) is null)
        {
            errors["timeZone"] = [$"\"{Truncate(p.TimeZone ?? "")}\" is not a time zone we know; use a name such as Europe/Paris or America/New_York."];
        }
        if (!Enum.IsDefined(p.SummaryLength)) errors["summaryLength"] = ["Choose one sentence (oneSentence), three sentences (threeSentences) or key points (bullets)."];
        if (p.MaxStories is < 1 or > 100) errors["maxStories"] = ["Choose between 1 and 100 stories."];

        var normalized = new SubscriptionSelection { Topics = topics, Categories = categories, FeedIds = feeds, Preferences = p };
        return (normalized, errors);
    }

    private static string Truncate(string value) => value.Length > 40 ? value[..40] + "..." : value;
}
