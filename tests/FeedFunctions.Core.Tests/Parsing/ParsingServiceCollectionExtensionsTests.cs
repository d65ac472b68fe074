using FeedFunctions.Parsing;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.Parsing;

public sealed class ParsingServiceCollectionExtensionsTests
{
    [Fact]
    public void AddFeedParsing_Resolve_ReturnsOneSingletonFeedParser()
    {
        using var provider = new ServiceCollection().AddFeedParsing().BuildServiceProvider();

        var first = provider.GetRequiredService<IFeedParser>();

        Assert.IsType<FeedParser>(first);
        Assert.Same(first, provider.GetRequiredService<IFeedParser>());
    }
}
