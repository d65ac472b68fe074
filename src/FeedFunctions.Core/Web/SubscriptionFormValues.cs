using System.Globalization;
using FeedFunctions.Api;
using FeedFunctions.Digest;

namespace FeedFunctions.Web;

/// <summary>The subscription form's fields as text, exactly as typed, so a form that failed comes back as it was sent.</summary>
public sealed record SubscriptionFormValues
{
    public string Email { get; init; } = "";
    /// <summary>Topic names as typed, or slugs from ticked boxes.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Feeds { get; init; } = [];
    public string Frequency { get; init; } = "daily";
    public string EveryHours { get; init; } = "6";
    public string DeliveryDay { get; init; } = "monday";
    public string DeliveryTime { get; init; } = "08:00";
    public string TimeZone { get; init; } = "UTC";
    public string SummaryLength { get; init; } = "oneSentence";
    public string MaxStories { get; init; } = "";

    /// <summary>The fields of a posted form; missing ones keep their defaults.</summary>
    public static SubscriptionFormValues FromForm(QueryValues form)
    {
        var defaults = new SubscriptionFormValues();
        return new SubscriptionFormValues
        {
            Email = One(form, "email") ?? "",
            Topics = List(form, "topics"),
            Categories = List(form, "categories"),
            Feeds = List(form, "feeds"),
            Frequency = One(form, "frequency") ?? defaults.Frequency,
            EveryHours = One(form, "everyHours") ?? defaults.EveryHours,
            DeliveryDay = One(form, "deliveryDay") ?? defaults.DeliveryDay,
            DeliveryTime = One(form, "deliveryTime") ?? defaults.DeliveryTime,
            TimeZone = One(form, "timeZone") ?? defaults.TimeZone,
            SummaryLength = One(form, "summaryLength") ?? defaults.SummaryLength,
            MaxStories = One(form, "maxStories") ?? "",
        };
    }

    /// <summary>A stored selection as the form shows it: topics by name, values in the form's words.</summary>
    public static SubscriptionFormValues FromSelection(SubscriptionSelection selection, SelectionNames names)
    {
        var p = selection.Preferences;
        return new SubscriptionFormValues
        {
            Topics = [.. selection.Topics.Select(names.Topic)],
            Categories = selection.Categories,
            Feeds = selection.FeedIds,
            Frequency = Camel(p.Frequency.ToString()),
            EveryHours = p.EveryHours.ToString(CultureInfo.InvariantCulture),
            DeliveryDay = p.DeliveryDay.ToString().ToLowerInvariant(),
            DeliveryTime = p.DeliveryTime.ToString("HH:mm", CultureInfo.InvariantCulture),
            TimeZone = p.TimeZone,
            SummaryLength = Camel((p.SummaryLength == Digest.SummaryLength.Headline ? Digest.SummaryLength.OneSentence : p.SummaryLength).ToString()),
            MaxStories = p.MaxStories?.ToString(CultureInfo.InvariantCulture) ?? "",
        };
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string? One(QueryValues form, string name) =>
        form.All(name) is { Count: > 0 } values ? string.Join(',', values).Trim() : null;

    private static IReadOnlyList<string> List(QueryValues form, string name) =>
        form.All(name) is { } values ? [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))] : [];
}
