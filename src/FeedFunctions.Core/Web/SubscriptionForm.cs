using System.Globalization;
using System.Text;
using FeedFunctions.Digest;
using FeedFunctions.Feeds;

namespace FeedFunctions.Web;

/// <summary>
/// The subscribe and preferences form, in plain words: topics and feeds chosen by name, every field labelled, and
/// each error next to its field (with a summary at the top that links to them), as GOV.UK's design system does.
/// </summary>
internal static class SubscriptionForm
{
    private static readonly (string Value, string Label)[] Frequencies = [("daily", "Every day"), ("weekly", "Once a week"), ("everyNHours", "Several times a day")];
    private static readonly (string Value, string Label)[] Lengths = [("oneSentence", "One sentence (shortest)"), ("threeSentences", "Three sentences"), ("bullets", "Key points")];
    private static readonly DayOfWeek[] Days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
    private static readonly string[] FieldOrder = ["email", "topics", "categories", "feeds", "frequency", "deliveryDay", "everyHours", "deliveryTime", "timeZone", "summaryLength", "maxStories"];

    // IANA zones only (those with a '/'), plus UTC: the list a browser offers as the subscriber types "Paris".
    private static readonly string ZoneOptions = string.Concat(
        TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/') && !id.StartsWith("Etc/", StringComparison.Ordinal))
            .Prepend("UTC").Order(StringComparer.Ordinal).Select(id => $"<option value=\"{Html.E(id)}\">"));

    /// <summary>The whole form; <paramref name="withEmail"/> adds the address field and makes it a subscribe form.</summary>
    public static string Render(bool withEmail, string action, SubscriptionFormValues values, IReadOnlyDictionary<string, string[]>? errors, ChoiceLists choices)
    {
        errors ??= new Dictionary<string, string[]>();
        var sb = new StringBuilder();
        sb.Append(ErrorSummary(errors));
        sb.Append($"<form method=\"post\" action=\"{Html.E(action)}\" novalidate>");
        if (withEmail)
        {
            sb.Append(Field("email", "Email address", null, errors,
                a => $"<input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"email\" spellcheck=\"false\" maxlength=\"254\" value=\"{Html.E(values.Email)}\"{a}>"));
        }
        sb.Append(Topics(values, errors, choices));
        sb.Append(Checkboxes("categories", "Categories", "Every story in these categories.", errors,
            Categories.All.Select(c => new Choice(c, StoryCard.CategoryTitle(c))), values.Categories, scroll: false));
        if (choices.Feeds.Count > 0 || values.Feeds.Count > 0)
        {
            var known = choices.Feeds.Select(f => f.Value).ToHashSet();
            var gone = values.Feeds.Where(f => !known.Contains(f.ToLowerInvariant())).Select(f => new Choice(f, "A feed that is no longer followed"));
            sb.Append(Checkboxes("feeds", "Feeds", "Every story from these feeds.", errors, choices.Feeds.Concat(gone), values.Feeds, scroll: choices.Feeds.Count > 8));
        }
        sb.Append("<p class=\"hint\">Choose nothing above to get the top stories of all feeds.</p>");
        sb.Append(Field("frequency", "How often", null, errors, a => Select("frequency", values.Frequency, Frequencies, a)));
        sb.Append(Field("deliveryDay", "Day of the week", "For a weekly digest.", errors,
            a => Select("deliveryDay", values.DeliveryDay, [.. Days.Select(d => (d.ToString().ToLowerInvariant(), d.ToString()))], a)));
        sb.Append(Field("everyHours", "Hours between digests", "For several digests a day.", errors,
            a => Select("everyHours", values.EveryHours, [.. DigestPreferences.AllowedEveryHours.Select(h => (h.ToString(CultureInfo.InvariantCulture), h == 1 ? "Every hour" : $"Every {h} hours"))], a)));
        sb.Append(Field("deliveryTime", "Time of day", "In your time zone; for several digests a day, the first one.", errors,
            a => $"<input id=\"deliveryTime\" name=\"deliveryTime\" type=\"time\" value=\"{Html.E(values.DeliveryTime)}\"{a}>"));
        sb.Append(Field("timeZone", "Time zone", "Type your city to find it, such as Europe/Paris or America/New_York.", errors,
            a => $"<input id=\"timeZone\" name=\"timeZone\" list=\"time-zones\" autocomplete=\"off\" maxlength=\"64\" value=\"{Html.E(values.TimeZone)}\"{a}><datalist id=\"time-zones\">{ZoneOptions}</datalist>"));
        sb.Append(Radios("summaryLength", "Summary of each story", errors, Lengths, values.SummaryLength));
        sb.Append(Field("maxStories", "Most stories in one digest", "A number from 1 to 100; leave it empty for the usual number.", errors,
            a => $"<input id=\"maxStories\" name=\"maxStories\" type=\"number\" inputmode=\"numeric\" min=\"1\" max=\"100\" value=\"{Html.E(values.MaxStories)}\"{a}>"));
        sb.Append(withEmail
            ? "<p class=\"hint\">We send one email to confirm the address; every digest has a one-click unsubscribe link.</p><button type=\"submit\">Subscribe</button>"
            : "<button type=\"submit\">Save preferences</button>");
        return sb.Append("</form>").ToString();
    }

    private static string Topics(SubscriptionFormValues values, IReadOnlyDictionary<string, string[]> errors, ChoiceLists choices)
    {
        var chosen = values.Topics.Select(TagSlug.From).Where(s => s.Length > 0).ToHashSet();
        var offered = choices.Topics.Select(t => t.Value).ToHashSet();
        var other = string.Join(", ", values.Topics.Where(t => !offered.Contains(TagSlug.From(t))).Distinct(StringComparer.OrdinalIgnoreCase));
        var sb = new StringBuilder($"<fieldset id=\"topics-set\"{Invalid("topics", errors)}><legend>Topics</legend><p class=\"hint\">Stories about these topics.</p>{Error("topics", errors)}");
        if (choices.Topics.Count > 0)
        {
            sb.Append("<div class=\"choices\">");
            for (var i = 0; i < choices.Topics.Count; i++)
            {
                var topic = choices.Topics[i];
                sb.Append($"<label for=\"topic-{i}\"><input type=\"checkbox\" id=\"topic-{i}\" name=\"topics\" value=\"{Html.E(topic.Value)}\"{(chosen.Contains(topic.Value) ? " checked" : "")}>{Html.E(topic.Name)}</label>");
            }
            sb.Append("</div>");
        }
        sb.Append($"""
            <div class="field"><label for="topics">{(choices.Topics.Count > 0 ? "Other topics" : "Topics by name")}</label>
            <p class="hint" id="topics-hint">Separate them with commas, such as North Korea, climate change.</p>
            <input id="topics" name="topics" maxlength="1000" value="{Html.E(other)}" aria-describedby="topics-hint"></div></fieldset>
            """);
        return sb.ToString();
    }

    private static string Checkboxes(string name, string legend, string hint, IReadOnlyDictionary<string, string[]> errors, IEnumerable<Choice> options, IReadOnlyList<string> chosen, bool scroll)
    {
        var selected = chosen.Select(c => c.Trim().ToLowerInvariant()).ToHashSet();
        var sb = new StringBuilder($"<fieldset id=\"{name}-set\"{Invalid(name, errors)}><legend>{Html.E(legend)}</legend><p class=\"hint\">{Html.E(hint)}</p>{Error(name, errors)}");
        sb.Append(scroll ? "<div class=\"choices scroll\" tabindex=\"0\" role=\"group\" aria-label=\"" + Html.E(legend) + "\">" : "<div class=\"choices\">");
        var i = 0;
        foreach (var option in options)
        {
            var id = $"{name}-{i++}";
            sb.Append($"<label for=\"{id}\"><input type=\"checkbox\" id=\"{id}\" name=\"{name}\" value=\"{Html.E(option.Value)}\"{(selected.Contains(option.Value.ToLowerInvariant()) ? " checked" : "")}>{Html.E(option.Name)}</label>");
        }
        return sb.Append("</div></fieldset>").ToString();
    }

    private static string Radios(string name, string legend, IReadOnlyDictionary<string, string[]> errors, (string Value, string Label)[] options, string current)
    {
        var sb = new StringBuilder($"<fieldset id=\"{name}-set\"{Invalid(name, errors)}><legend>{Html.E(legend)}</legend>{Error(name, errors)}<div class=\"choices\">");
        foreach (var (value, label) in options)
        {
            var isChecked = string.Equals(value, current, StringComparison.OrdinalIgnoreCase) ? " checked" : "";
            sb.Append($"<label for=\"{name}-{value}\"><input type=\"radio\" id=\"{name}-{value}\" name=\"{name}\" value=\"{value}\"{isChecked}>{Html.E(label)}</label>");
        }
        return sb.Append("</div></fieldset>").ToString();
    }

    private static string Field(string id, string label, string? hint, IReadOnlyDictionary<string, string[]> errors, Func<string, string> control)
    {
        var described = string.Join(' ', new[] { hint is null ? null : id + "-hint", errors.ContainsKey(id) ? id + "-error" : null }.OfType<string>());
        var attributes = (described.Length > 0 ? $" aria-describedby=\"{described}\"" : "") + (errors.ContainsKey(id) ? " aria-invalid=\"true\"" : "");
        return $"""
            <div class="field{(errors.ContainsKey(id) ? " invalid" : "")}"><label for="{id}">{Html.E(label)}</label>{(hint is null ? "" : $"<p class=\"hint\" id=\"{id}-hint\">{Html.E(hint)}</p>")}{Error(id, errors)}
            {control(attributes)}</div>
            """;
    }

    private static string Select(string name, string current, (string Value, string Label)[] options, string attributes)
    {
        var sb = new StringBuilder($"<select id=\"{name}\" name=\"{name}\"{attributes}>");
        foreach (var (value, label) in options)
        {
            sb.Append($"<option value=\"{Html.E(value)}\"{(string.Equals(value, current, StringComparison.OrdinalIgnoreCase) ? " selected" : "")}>{Html.E(label)}</option>");
        }
        return sb.Append("</select>").ToString();
    }

    private static string Error(string field, IReadOnlyDictionary<string, string[]> errors) => errors.TryGetValue(field, out var messages)
        ? $"<p class=\"error-text\" id=\"{field}-error\"><span class=\"vh\">Error: </span>{Html.E(string.Join(" ", messages))}</p>"
        : "";

    private static string Invalid(string field, IReadOnlyDictionary<string, string[]> errors) => errors.ContainsKey(field) ? " class=\"invalid\"" : "";

    private static string ErrorSummary(IReadOnlyDictionary<string, string[]> errors)
    {
        if (errors.Count == 0) return "";
        var items = errors.OrderBy(e => Array.IndexOf(FieldOrder, e.Key) is var i && i < 0 ? int.MaxValue : i)
            .Select(e => $"<li><a href=\"#{Target(e.Key)}\">{Html.E(string.Join(" ", e.Value))}</a></li>");
        return $"""
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
            <h2 id="error-summary-title">Please check the form</h2><ul>{string.Concat(items)}</ul></div>
            """;
    }

    // Links in the summary go to the field itself, or to the group of boxes for a list.
    private static string Target(string field) => field switch
    {
        "categories" or "feeds" or "summaryLength" => field + "-set",
        _ when FieldOrder.Contains(field) => field,
        _ => "main",
    };
}
