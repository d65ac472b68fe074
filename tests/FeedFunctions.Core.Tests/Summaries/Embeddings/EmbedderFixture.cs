using FeedFunctions.Summaries.Embeddings;
using Microsoft.Extensions.Logging.Abstractions;

namespace FeedFunctions.Core.Tests.Summaries.Embeddings;

/// <summary>One embedder per test class: loading the model costs about a second and 90 MB.</summary>
public sealed class EmbedderFixture : IDisposable
{
    public MiniLmSentenceEmbedder Embedder { get; } = new(NullLogger<MiniLmSentenceEmbedder>.Instance);

    public void Dispose() => Embedder.Dispose();
}
