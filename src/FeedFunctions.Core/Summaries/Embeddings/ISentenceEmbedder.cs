namespace FeedFunctions.Summaries.Embeddings;

/// <summary>Turns sentences into unit-length vectors whose dot product is their cosine similarity.</summary>
public interface ISentenceEmbedder
{
    /// <summary>The length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>One L2-normalised vector per sentence, in the order given; safe to call from many threads at once.</summary>
    float[][] Embed(IReadOnlyList<string> sentences, CancellationToken cancellationToken);
}
