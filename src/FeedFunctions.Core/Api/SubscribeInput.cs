using System.Globalization;
using FeedFunctions.Digest;

namespace FeedFunctions.Api;

/// <summary>A subscribe or preferences request as JSON or form fields send it: strings, turned into a checked selection.</summary>
public sealed record SubscribeInput
{
    public string? Email { get; init; }
    public string[]? Topics { get; init; }
    public string[]? Categories { get; init; }
    public string[]? Feeds { get; init; }
    /// <summary>"daily", "weekly" or "everyNHours".</summary>
    public string? Frequency { get; init; }
    public int? EveryHours { get; init; }
    /// <summary>Local time as "HH:mm".</summary>
    public string? DeliveryTime { get; init; }
    public string? DeliveryDay { get; init; }
    public string? TimeZone { get; init; }
    /// <summary>"oneSentence" (the default), "threeSentences" or "bullets" (key points); "headline" is read as "oneSentence".</summary>
    public string? SummaryLength { get; init; }
    public int? MaxStories { get; init; }

    /// <summary>Reads the fields of an HTML form; lists may be repeated fields or comma-separated text.</summary>
    public static SubscribeInput FromForm(QueryValues form) => new()
    {
        Email = Text(form.All("email")) ?? "",
        Topics = List(form.All("topics")),
        Categories = List(form.All("categories")),
        Feeds = List(form.All("feeds")),
        Frequency = Text(form.All("frequency")),
        EveryHours = Number(form.All("everyHours")),
        DeliveryTime = Text(form.All("deliveryTime")),
        DeliveryDay = Text(form.All("deliveryDay")),
        TimeZone = Text(form.All("timeZone")),
        SummaryLength = Text(form.All("summaryLength")),
        MaxStories = Number(form.All("maxStories")),
    };

    /// <summary>The selection, starting from <paramref name="current"/> for fields the request leaves out; errors keyed by field.</summary>
    public (SubscriptionSelection Selection, Dictionary<string, string[]> Errors) ToSelection(SubscriptionSelection current)
    {
        var errors = new Dictionary<string, string[]>();
        var p = current.Preferences;
        p = p with
        {
            Frequency = Parse(Frequency, p.Frequency, "frequency", "Choose how often: daily, weekly or everyNHours (several times a day).", errors),
            EveryHours = EveryHours ?? p.EveryHours,
            DeliveryDay = Parse(DeliveryDay, p.DeliveryDay, "deliveryDay", "Choose a day of the week, such as Monday.", errors),
            SummaryLength = ReadLength(Parse(SummaryLength, p.SummaryLength, "summaryLength", "Choose one sentence (oneSentence), three sentences (threeSentences) or key points (bullets).", errors)),
            // A city alone ("Paris") is taken as its zone when exactly one zone has that city; anything else is checked as typed.
            TimeZone = string.IsNullOrWhiteSpace(TimeZone) ? p.TimeZone : DeliverySchedule.ResolveZoneId(TimeZone) ?? TimeZone.Trim(),
            MaxStories = MaxStories ?? p.MaxStories,
        };
        if (!string.IsNullOrWhiteSpace(DeliveryTime))
        {
            if (TimeOnly.TryParseExact(DeliveryTime.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                p = p with { DeliveryTime = time };
            }
            else
            {
                errors["deliveryTime"] = ["Enter a time of day such as 08:00."];
            }
        }
        var selection = new SubscriptionSelection
        {
            Topics = Topics ?? current.Topics,
            Categories = Categories ?? current.Categories,
            FeedIds = Feeds ?? current.FeedIds,
            Preferences = p,
        };
        return (selection, errors);
    }

    private static T Parse<T>(string? value, T fallback, string field, string error, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        // Names only: Enum.TryParse alone would also take "7" or "1,2".
        if (Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.GetNames<T>().Contains(parsed.ToString())
            && !char.IsAsciiDigit(value.Trim()[0]) && !value.Contains(','))
        {
            return parsed;
        }
        errors[field] = [error];
        return fallback;
    }

    // The old "headline" was the first sentence cut with "…"; it now means the whole one-sentence lede.
    private static Digest.SummaryLength ReadLength(Digest.SummaryLength length) =>
        length == Digest.SummaryLength.Headline ? Digest.SummaryLength.OneSentence : length;

    // A number that does not parse stays present but invalid (-1), so the checks report it instead of keeping the old value.
    private static int? Number(IReadOnlyList<string>? values) => Text(values) is { } text && !string.IsNullOrWhiteSpace(text)
        ? int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1
        : null;

    // Repeated fields join with commas, as ASP.NET Core's StringValues does.
    private static string? Text(IReadOnlyList<string>? values) =>
        values is null || values.Count == 0 ? null : string.Join(',', values);

    private static string[]? List(IReadOnlyList<string>? values) =>
        values is null || values.Count == 0 ? null : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
