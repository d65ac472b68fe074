using System.ComponentModel.DataAnnotations;

namespace FeedFunctions.Stories;

/// <summary>Story clustering settings (Stories:* settings); docs/stories.md says why each default is what it is.</summary>
public sealed class StoryOptions
{
    public const string Section = "Stories";

    /// <summary>Whether analyzed articles are placed in stories (on by default; off leaves every article on its own).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How far back an article looks for a story to join, from the story's last article.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "14.00:00:00", ErrorMessage = "Stories:Window must be between 1 hour and 14 days.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(72);

    /// <summary>The least affinity at which an article joins its best candidate story instead of starting one.</summary>
    [Range(0.001, 1.0, ErrorMessage = "Stories:JoinThreshold must be between 0.001 and 1.")]
    public double JoinThreshold { get; set; } = 0.10;

    /// <summary>How much a story's size raises its affinity: the affinity is multiplied by 1 + SizeBoost × ln(members).</summary>
    [Range(0.0, 1.0, ErrorMessage = "Stories:SizeBoost must be between 0 and 1.")]
    public double SizeBoost { get; set; } = 0.3;

    /// <summary>The time after which a story's affinity has halved, counted from its last article.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00", ErrorMessage = "Stories:HalfLife must be between 1 hour and 30 days.")]
    public TimeSpan HalfLife { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The weight of lede words against title words (1) in an article's term vector.</summary>
    [Range(0.0, 1.0, ErrorMessage = "Stories:LedeWeight must be between 0 and 1.")]
    public double LedeWeight { get; set; } = 0.5;

    /// <summary>The most terms a story's centroid keeps (its strongest), which bounds the stored signature.</summary>
    [Range(16, 1024, ErrorMessage = "Stories:MaxCentroidTerms must be between 16 and 1024.")]
    public int MaxCentroidTerms { get; set; } = 128;

    /// <summary>The most member headlines a story keeps for its label and for near-duplicate checks.</summary>
    [Range(1, 50, ErrorMessage = "Stories:MaxExemplars must be between 1 and 50.")]
    public int MaxExemplars { get; set; } = 10;

    /// <summary>The most candidate stories an article is compared with (those sharing most of its keys, then the most recent).</summary>
    [Range(1, 200, ErrorMessage = "Stories:MaxCandidates must be between 1 and 200.")]
    public int MaxCandidates { get; set; } = 20;

    /// <summary>The estimated word-pair resemblance (Jaccard) of title and lede at which an article is a near-duplicate of an earlier one.</summary>
    [Range(0.1, 1.0, ErrorMessage = "Stories:NearDuplicateResemblance must be between 0.1 and 1.")]
    public double NearDuplicateResemblance { get; set; } = 0.5;

    /// <summary>Whether stories also compare all-MiniLM-L6-v2 embeddings of title and lede (needs the embedder: self-host and command line only).</summary>
    public bool UseEmbeddings { get; set; }

    /// <summary>The join threshold that replaces <see cref="JoinThreshold"/> when embeddings are on: the blended affinity runs higher.</summary>
    [Range(0.001, 1.0, ErrorMessage = "Stories:EmbeddingJoinThreshold must be between 0.001 and 1.")]
    public double EmbeddingJoinThreshold { get; set; } = 0.20;

    /// <summary>The share of the affinity that comes from the embeddings when <see cref="UseEmbeddings"/> is on.</summary>
    [Range(0.0, 1.0, ErrorMessage = "Stories:EmbeddingWeight must be between 0 and 1.")]
    public double EmbeddingWeight { get; set; } = 0.5;

    /// <summary>The embedding cosine that counts as no evidence (unrelated headlines score about this much).</summary>
    [Range(0.0, 0.9, ErrorMessage = "Stories:EmbeddingFloor must be between 0 and 0.9.")]
    public double EmbeddingFloor { get; set; } = 0.2;
}
