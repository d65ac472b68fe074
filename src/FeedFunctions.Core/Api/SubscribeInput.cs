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
    /// <summary>"headline", "threeSentences" or "bullets".</summary>
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
        EveryHours = int.TryParse(Text(form.All("everyHours")), NumberStyles.None, CultureInfo.InvariantCulture, out var hours) ? hours : null,
        DeliveryTime = Text(form.All("deliveryTime")),
        DeliveryDay = Text(form.All("deliveryDay")),
        TimeZone = Text(form.All("timeZone")),
        SummaryLength = Text(form.All("summaryLength")),
        MaxStories = int.TryParse(Text(form.All("maxStories")), NumberStyles.None, CultureInfo.InvariantCulture, out var max) ? max : null,
    };

    /// <summary>The selection, starting from <paramref name="current"/> for fields the request leaves out; errors keyed by field.</summary>
    public (SubscriptionSelection Selection, Dictionary<string, string[]> Errors) ToSelection(SubscriptionSelection current)
    {
        var errors = new Dictionary<string, string[]>();
        var p = current.Preferences;
        p = p with
        {
            Frequency = Parse(Frequency, p.Frequency, "frequency", "daily, weekly or everyNHours", errors),
            EveryHours = EveryHours ?? p.EveryHours,
            DeliveryDay = Parse(DeliveryDay, p.DeliveryDay, "deliveryDay", "a weekday name such as monday", errors),
            SummaryLength = Parse(SummaryLength, p.SummaryLength, "summaryLength", "headline, threeSentences or bullets", errors),
            TimeZone = string.IsNullOrWhiteSpace(TimeZone) ? p.TimeZone : TimeZone.Trim(),
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
                errors["deliveryTime"] = ["subscriptions: deliveryTime must be a local time such as 08:00."];
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

    private static T Parse<T>(string? value, T fallback, string field, string allowed, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        // Names only: Enum.TryParse alone would also take "7" or "1,2".
        if (Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.GetNames<T>().Contains(parsed.ToString())
            && !char.IsAsciiDigit(value.Trim()[0]) && !value.Contains(','))
        {
            return parsed;
        }
        errors[field] = [$"subscriptions: {field} must be {allowed}."];
        return fallback;
    }

    // Repeated fields join with commas, as ASP.NET Core's StringValues does.
    private static string? Text(IReadOnlyList<string>? values) =>
        values is null || values.Count == 0 ? null : string.Join(',', values);

    private static string[]? List(IReadOnlyList<string>? values) =>
        values is null || values.Count == 0 ? null : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
