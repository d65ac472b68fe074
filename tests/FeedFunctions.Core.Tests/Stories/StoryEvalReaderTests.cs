using FeedFunctions.Evaluation;

namespace FeedFunctions.Core.Tests.Stories;

public sealed class StoryEvalReaderTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"stories-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(path);

    [Fact]
    public async Task ReadAsync_RowWithoutGoldStory_RefusesNamingTheLine()
    {
        await File.WriteAllLinesAsync(path,
        [
            """{"id": "1", "title": "Sbarro files for bankruptcy", "story": "s1", "published": "2014-03-10T17:21:20+00:00"}""",
            """{"id": "2", "title": "Titanfall launches", "published": "2014-03-10T17:22:20+00:00"}""",
        ], TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => StoryEvalReader.ReadAsync(path, null, TestContext.Current.CancellationToken));

        Assert.Contains("line 2", error.Message);
        Assert.Contains("\"story\"", error.Message);
    }

    [Fact]
    public async Task ReadAsync_CompleteRows_ReadsEveryField()
    {
        await File.WriteAllLinesAsync(path,
        [
            """{"id": "7", "title": "Sbarro files for bankruptcy", "publisher": "Daily Planet", "category": "business", "story": "s1", "published": "2014-03-10T17:21:20.905000+00:00"}""",
            "",
        ], TestContext.Current.CancellationToken);

        var items = await StoryEvalReader.ReadAsync(path, null, TestContext.Current.CancellationToken);

        var item = Assert.Single(items);
        Assert.Equal(new StoryItem("7", "Sbarro files for bankruptcy", "Daily Planet", "business", "s1", new DateTimeOffset(2014, 3, 10, 17, 21, 20, 905, TimeSpan.Zero)), item);
    }

    [Fact]
    public async Task ReadAsync_LineThatIsNotJson_RefusesNamingTheLine()
    {
        await File.WriteAllLinesAsync(path, ["{not json"], TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => StoryEvalReader.ReadAsync(path, null, TestContext.Current.CancellationToken));

        Assert.Contains("line 1", error.Message);
    }
}
