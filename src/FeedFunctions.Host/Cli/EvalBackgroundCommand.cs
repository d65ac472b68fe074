using System.IO.Compression;
using System.Text;
using FeedFunctions.Evaluation;
using FeedFunctions.Summaries;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>`eval background`: rebuilds the tagger's background document frequencies from the even rows of a categorised news file.</summary>
public sealed class EvalBackgroundCommand : AsyncCommand<EvalBackgroundSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvalBackgroundSettings settings, CancellationToken cancellationToken)
    {
        var (_, _, provider) = EvalCommandServices.Create();
        await using var _ = provider;
        var items = await EvalDataReader.ReadSummarizationAsync(settings.Input, settings.Limit, cancellationToken);
        if (items.Select(i => i.Category).Where(c => c.Length > 0).Distinct().Count() < 2)
        {
            return EvalOutput.Fail("eval: the input needs a \"category\" on its rows (at least two categories) to tell generic words");
        }
        await using var file = File.Create(settings.Output);
        await using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        await using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        var documents = new BackgroundCorpusBuilder(provider.GetRequiredService<ArticlePreparer>()).Build(items, writer, cancellationToken);
        AnsiConsole.MarkupLine($"{documents} articles (the even rows of {items.Count}) written to {Markup.Escape(settings.Output)}");
        return 0;
    }
}
