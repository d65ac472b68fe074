using FeedFunctions.Summaries.Embeddings;

namespace FeedFunctions.Core.Tests.Summaries.Embeddings;

public sealed class MiniLmSentenceEmbedderTests(EmbedderFixture fixture) : IClassFixture<EmbedderFixture>
{
    private readonly MiniLmSentenceEmbedder embedder = fixture.Embedder;

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Embed_AnySentence_Returns384DimensionalUnitVector(string sentence)
    {
        var vectors = embedder.Embed([sentence], TestContext.Current.CancellationToken);

        var vector = Assert.Single(vectors);
        Assert.Equal(384, vector.Length);
        Assert.Equal(embedder.Dimensions, vector.Length);
        Assert.All(vector, value => Assert.True(float.IsFinite(value)));
        Assert.Equal(1.0, Math.Sqrt(vector.Sum(v => (double)v * v)), 3);
    }

    public static TheoryData<string> Inputs => new()
    {
        "The cat sat on the mat.",
        "",
        "Die Bundesregierung hat am Mittwoch neue Maßnahmen beschlossen.",
        "北京 😀 (((regex[chars$^ \\d+",
        // Longer than the model's 512-token window: the package truncates rather than fails.
        string.Join(' ', Enumerable.Repeat("negotiations", 1200)),
    };

    [Fact]
    public void Embed_Paraphrase_IsCloserThanUnrelatedSentence()
    {
        var vectors = embedder.Embed(
            ["The government raised taxes on fuel this week.", "This week the state increased the levy on petrol.", "The striker scored twice in the cup final."],
            TestContext.Current.CancellationToken);

        var paraphrase = Cosine(vectors[0], vectors[1]);
        var unrelated = Cosine(vectors[0], vectors[2]);
        Assert.True(paraphrase > unrelated + 0.2, $"paraphrase {paraphrase:F3}, unrelated {unrelated:F3}");
    }

    [Fact]
    public void Embed_MoreSentencesThanOneBatch_KeepsInputOrder()
    {
        // Different lengths, shuffled: the embedder sorts by length into batches and must put every vector back.
        var sentences = Enumerable.Range(1, 40).Select(i => string.Join(' ', Enumerable.Repeat($"word{i % 7}", (i * 13) % 29 + 1))).ToArray();

        var together = embedder.Embed(sentences, TestContext.Current.CancellationToken);

        for (var i = 0; i < sentences.Length; i += 9)
        {
            var alone = embedder.Embed([sentences[i]], TestContext.Current.CancellationToken)[0];
            Assert.True(Cosine(alone, together[i]) > 0.9999, $"sentence {i} moved");
        }
    }

    [Fact]
    public async Task Embed_ParallelCalls_GiveTheSameVectors()
    {
        string[] sentences = ["Markets fell sharply on Monday.", "The new phone has a larger screen and a faster chip.", "Rain is expected across the north."];
        var expected = embedder.Embed(sentences, TestContext.Current.CancellationToken);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => embedder.Embed(sentences, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken)));

        foreach (var result in results)
        {
            for (var i = 0; i < sentences.Length; i++) Assert.Equal(expected[i], result[i]);
        }
    }

    [Fact]
    public void Embed_NoSentences_ReturnsNoVectors() =>
        Assert.Empty(embedder.Embed([], TestContext.Current.CancellationToken));

    [Fact]
    public void Embed_CancelledToken_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => embedder.Embed(["One sentence."], cancelled.Token));
    }

    private static double Cosine(float[] a, float[] b) => a.Zip(b).Sum(p => (double)p.First * p.Second);
}
