using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>The command line: every command, its help and its exit code (<see cref="ExitCodes"/>).</summary>
public static class FeedFunctionsCli
{
    private static readonly string[] Branches = ["feeds", "eval", "subscribers"];

    public static async Task<int> RunAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C stops work cleanly; a second one ends the process.
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        };
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("feedfunctions");
            // Spectre's own answer to a parse error or an exception is -1 (255) with a stack trace; ours is 2 or 1 with a sentence.
            config.SetExceptionHandler(CliErrors.Handle);
            // An unknown option is an error, not an argument left over for nobody.
            config.Settings.StrictParsing = true;
            config.AddCommand<ServeCommand>("serve").WithDescription("Run the self-host: HTTP API, reader page, timers and queue workers.");
            config.AddCommand<RunCommand>("run").WithDescription("Run the pipeline: with --once, one fetch cycle, the queue until empty, due digests, then a table of what was stored.");
            config.AddCommand<ParseCommand>("parse").WithDescription("Parse a feed file or URL and print it as JSON (gofeed's field names).");
            config.AddCommand<OpenApiCommand>("openapi").WithDescription("Write the OpenAPI document of the HTTP API (what /openapi/v1.json serves).");
            config.AddCommand<SummarizeCommand>("summarize").WithDescription("Summarize JSON lines {id, title?, text} from stdin or --input into JSON lines {id, summary, sentences, tags}.");
            config.AddBranch("feeds", feeds =>
            {
                feeds.SetDescription("Manage subscribed feeds.");
                feeds.AddCommand<FeedsAddCommand>("add").WithDescription("Subscribe to a feed, or to the feed a web page announces; stores nothing when there is none.");
                feeds.AddCommand<FeedsListCommand>("list").WithDescription("List feeds with their health.");
                feeds.AddCommand<FeedsImportCommand>("import").WithDescription("Subscribe to every feed of an OPML file, and say what was skipped and why.");
                feeds.AddCommand<FeedsExportCommand>("export").WithDescription("Write the subscribed feeds as OPML.");
            });
            config.AddBranch("eval", eval =>
            {
                eval.SetDescription("Measure summary and tag quality against the standard baselines.");
                eval.AddCommand<EvalSummariesCommand>("summaries").WithDescription("ROUGE-1/2/L of our summaries, Lead-3 and TextRank on a JSON-lines data set.");
                eval.AddCommand<EvalTagsCommand>("tags").WithDescription("Keyphrase F1@5 and F1@10 of our tags and TF-IDF on a JSON-lines data set.");
                eval.AddCommand<EvalCategoriesCommand>("categories").WithDescription("Category accuracy on a labelled JSON-lines file (articles or headlines) beside the majority baseline.");
                eval.AddCommand<EvalBackgroundCommand>("background").WithDescription("Rebuild the tagger's background document frequencies from the even rows of a categorised news file.");
                eval.AddCommand<EvalStoriesCommand>("stories").WithDescription("B-cubed and pairwise F1 of our story clustering and a TF-IDF single pass on a headline data set with gold stories.");
                eval.AddCommand<EvalGroundingCommand>("grounding").WithDescription("Synthetic calibration of the LLM grounding threshold on a summarization data set.");
            });
            config.AddBranch("subscribers", subscribers =>
            {
                subscribers.SetDescription("Manage digest subscribers.");
                subscribers.AddCommand<SubscribersAddCommand>("add").WithDescription("Add a confirmed subscriber (an operator's action: no opt-in mail).");
            });
        });
        var exitCode = await app.RunAsync(args, cancellation.Token);
        // A branch without its command ("feeds") shows the branch's help and answers 1: it is bad usage.
        return exitCode == ExitCodes.Failed && args is [var only] && Branches.Contains(only) ? ExitCodes.BadUsage : exitCode;
    }
}
