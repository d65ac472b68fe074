using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FeedFunctions.Telemetry;

/// <summary>The spans and counters of the pipeline, on the "FeedFunctions" activity source and meter the hosts export.</summary>
public sealed class FeedFunctionsTelemetry
{
    public const string SourceName = "FeedFunctions";
    public const string MeterName = "FeedFunctions";
    public const string FeedsFetchedName = "feedfunctions.feeds.fetched";
    public const string ArticlesStoredName = "feedfunctions.articles.stored";
    public const string SummariesMadeName = "feedfunctions.summaries.made";
    public const string EmailsSentName = "feedfunctions.emails.sent";
    public const string ErrorsName = "feedfunctions.errors";

    // Immutable and process-wide by design: listeners subscribe by name, not by instance.
    private static readonly ActivitySource Source = new(SourceName);

    private readonly Counter<long> feedsFetched;
    private readonly Counter<long> articlesStored;
    private readonly Counter<long> summariesMade;
    private readonly Counter<long> emailsSent;
    private readonly Counter<long> errors;

    public FeedFunctionsTelemetry(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        feedsFetched = meter.CreateCounter<long>(FeedsFetchedName, "{feed}", "Feed fetches, by outcome (ok, not-modified, gone, failed).");
        articlesStored = meter.CreateCounter<long>(ArticlesStoredName, "{article}", "Articles stored, by kind (new or changed).");
        summariesMade = meter.CreateCounter<long>(SummariesMadeName, "{article}", "Articles summarized, by method.");
        emailsSent = meter.CreateCounter<long>(EmailsSentName, "{email}", "Digest emails accepted by the mail server.");
        errors = meter.CreateCounter<long>(ErrorsName, "{error}", "Failures, by kind.");
    }

    /// <summary>Starts a span of the pipeline; null when nobody listens.</summary>
    public Activity? StartActivity(string name) => Source.StartActivity(name);

    public void FeedFetched(string outcome) => feedsFetched.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void ArticlesStored(string kind, int count)
    {
        if (count > 0) articlesStored.Add(count, new KeyValuePair<string, object?>("kind", kind));
    }

    public void SummaryMade(string method) => summariesMade.Add(1, new KeyValuePair<string, object?>("method", method));

    public void EmailSent() => emailsSent.Add(1);

    public void Error(string kind) => errors.Add(1, new KeyValuePair<string, object?>("kind", kind));
}
