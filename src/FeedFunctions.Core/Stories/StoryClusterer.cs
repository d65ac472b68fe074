using System.Security.Cryptography;
using System.Text;

namespace FeedFunctions.Stories;

/// <summary>
/// Incremental single-pass story clustering as pure functions: which keys to look candidates up by, how similar an
/// article is to a story, where it goes, and the story's new signature. Storage and concurrency are the caller's.
/// </summary>
public static class StoryClusterer
{
    /// <summary>The most keys an article is looked up and indexed by.</summary>
    public const int MaxKeys = 6;

    // Terms an exemplar keeps to re-score its centrality: a headline has fewer, a lede adds a few.
    private const int ExemplarTerms = 12;

    /// <summary>The keys to look candidate stories up by: the strongest single-stem terms that some earlier article had.</summary>
    public static IReadOnlyList<string> CandidateKeys(StoryFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var unseen = features.UnseenTerms.ToHashSet(StringComparer.Ordinal);
        return [.. features.Terms.Where(t => IsKey(t.Text) && !unseen.Contains(t.Text)).Take(MaxKeys).Select(t => t.Text)];
    }

    /// <summary>The keys to index the article's story under: its strongest single-stem terms, new ones included, so later articles find it.</summary>
    public static IReadOnlyList<string> IndexKeys(StoryFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return [.. features.Terms.Where(t => IsKey(t.Text)).Take(MaxKeys).Select(t => t.Text)];
    }

    /// <summary>The id of the story an article founds: the same article always founds the same id, so a retry cannot make two.</summary>
    public static string NewStoryId(string articleKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(articleKey)))[..16];

    /// <summary>Whether the story is recent enough for the article to join: within the window of its first or last member.</summary>
    public static bool IsInWindow(StoryFeatures features, StorySignature story, StoryOptions options) =>
        Gap(features, story) <= options.Window;

    /// <summary>
    /// The affinity of article and story: the cosine of the article's terms with the centroid (blended with the
    /// embedding cosine when both have one), raised for larger stories and halved every <see cref="StoryOptions.HalfLife"/>.
    /// </summary>
    public static double Similarity(StoryFeatures features, StorySignature story, StoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(options);
        var similarity = StoryCentroid.Cosine(features.Terms, story.Terms);
        if (options.UseEmbeddings && features.Embedding is { } embedding && story.Embedding is { } direction)
        {
            var semantic = Math.Max(0, (StoryEmbedding.Cosine(embedding, direction) - options.EmbeddingFloor) / (1 - options.EmbeddingFloor));
            similarity = (1 - options.EmbeddingWeight) * similarity + options.EmbeddingWeight * semantic;
        }
        // A story many sources already carry is the likelier home of the next article (the Chinese-restaurant prior
        // of Dirichlet-process clustering), and a large story's centroid is spread over more words.
        var size = 1 + options.SizeBoost * Math.Log(Math.Max(story.MemberCount, 1));
        var decay = Math.Pow(0.5, Gap(features, story) / options.HalfLife);
        return similarity * size * decay;
    }

    /// <summary>
    /// Where the article goes among <paramref name="candidates"/>: the story holding an earlier copy of it, else the
    /// story of highest affinity if it reaches <see cref="StoryOptions.JoinThreshold"/>, else a new story.
    /// </summary>
    public static StoryAssignment Assign(StoryFeatures features, IEnumerable<StorySignature> candidates, StoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);
        var scored = candidates
            .Where(s => IsInWindow(features, s, options))
            .Select(s => (Story: s, Affinity: Similarity(features, s, options), Copy: BestCopy(features, s, options)))
            .OrderByDescending(c => c.Affinity).ThenByDescending(c => c.Story.LastSeen).ThenBy(c => c.Story.Id, StringComparer.Ordinal)
            .ToList();
        // The same wire copy belongs with its original, whatever the centroid says.
        var copied = scored.Where(c => c.Copy is not null).OrderByDescending(c => c.Copy!.Value.Resemblance).FirstOrDefault();
        if (copied.Story is not null) return new StoryAssignment.Join(copied.Story.Id, copied.Affinity, copied.Copy!.Value.ArticleKey);
        if (scored.Count > 0 && scored[0].Affinity >= Threshold(features, options))
        {
            return new StoryAssignment.Join(scored[0].Story.Id, scored[0].Affinity, null);
        }
        return new StoryAssignment.Start(NewStoryId(features.ArticleKey));
    }

    /// <summary>The member of <paramref name="story"/> that <paramref name="features"/> copies (resemblance at least the threshold), if any.</summary>
    public static string? NearDuplicateOf(StoryFeatures features, StorySignature story, StoryOptions options) =>
        BestCopy(features, story, options)?.ArticleKey;

    /// <summary>The signature of a story founded by <paramref name="features"/>.</summary>
    public static StorySignature Start(StoryFeatures features, StoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        var terms = StoryCentroid.Add([], features.Terms, options.MaxCentroidTerms);
        return new StorySignature
        {
            Id = NewStoryId(features.ArticleKey),
            Label = features.Title,
            LabelArticleKey = features.ArticleKey,
            FirstSeen = features.Published,
            LastSeen = features.Published,
            MemberCount = 1,
            Terms = terms,
            Embedding = features.Embedding is { } e ? StoryEmbedding.Add(null, 0, e) : null,
            EmbeddedMembers = features.Embedding is null ? 0 : 1,
            Exemplars = [Exemplar(features)],
        };
    }

    /// <summary>
    /// The signature after <paramref name="features"/> joins: centroid, times, count and embedding updated, the member
    /// kept as an exemplar unless it is a near-duplicate, and the label re-chosen. The caller ensures each article is added once.
    /// </summary>
    public static StorySignature Add(StorySignature story, StoryFeatures features, StoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        var terms = StoryCentroid.Add(story.Terms, features.Terms, options.MaxCentroidTerms);
        var exemplars = story.Exemplars.ToList();
        if (BestCopy(features, story, options) is null) exemplars.Add(Exemplar(features));
        // Keep the most central members; ties keep the earlier one.
        var centrality = StoryCentroid.Centrality([.. exemplars.Select(e => e.Terms)], terms);
        var kept = exemplars
            .Select((e, i) => (Exemplar: e, Order: i, Centrality: centrality[i]))
            .OrderByDescending(e => e.Centrality).ThenBy(e => e.Order)
            .Take(options.MaxExemplars)
            .ToList();
        var label = kept.OrderByDescending(e => LabelScore(e.Exemplar.Title, e.Centrality)).ThenBy(e => e.Order).First().Exemplar;
        var embedded = features.Embedding is { } e ? StoryEmbedding.Add(story.Embedding, story.EmbeddedMembers, e) : story.Embedding;
        return story with
        {
            Label = label.Title,
            LabelArticleKey = label.ArticleKey,
            FirstSeen = features.Published < story.FirstSeen ? features.Published : story.FirstSeen,
            LastSeen = features.Published > story.LastSeen ? features.Published : story.LastSeen,
            MemberCount = story.MemberCount + 1,
            Terms = terms,
            Embedding = embedded,
            EmbeddedMembers = story.EmbeddedMembers + (features.Embedding is null ? 0 : 1),
            Exemplars = [.. kept.OrderBy(e => e.Order).Select(e => e.Exemplar)],
        };
    }

    // With embeddings on (and an embedding to compare), the blended affinity has its own scale.
    private static double Threshold(StoryFeatures features, StoryOptions options) =>
        options.UseEmbeddings && features.Embedding is not null ? options.EmbeddingJoinThreshold : options.JoinThreshold;

    private static bool IsKey(string term) => !term.Contains(' ');

    private static TimeSpan Gap(StoryFeatures features, StorySignature story) =>
        features.Published > story.LastSeen ? features.Published - story.LastSeen
        : features.Published < story.FirstSeen ? story.FirstSeen - features.Published
        : TimeSpan.Zero;

    private static (string ArticleKey, double Resemblance)? BestCopy(StoryFeatures features, StorySignature story, StoryOptions options) =>
        story.Exemplars
            .Where(e => e.ArticleKey != features.ArticleKey)
            .Select(e => (e.ArticleKey, Resemblance: ShingleFingerprint.Resemblance(features.Fingerprint, e.Fingerprint)))
            .Where(c => c.Resemblance >= options.NearDuplicateResemblance)
            .OrderByDescending(c => c.Resemblance)
            .Cast<(string, double)?>()
            .FirstOrDefault();

    private static StoryExemplar Exemplar(StoryFeatures features) =>
        new(features.ArticleKey, features.Title, [.. features.Terms.Take(ExemplarTerms).Select(t => t.Text)], features.Fingerprint);

    // A cut-off headline ("...") or a one- or two-word one makes a poor label even when central.
    internal static double LabelScore(string title, double centrality)
    {
        var trimmed = title.TrimEnd();
        var cut = trimmed.EndsWith("...", StringComparison.Ordinal) || trimmed.EndsWith('…');
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return centrality * (cut ? 0.5 : 1) * (words < 3 ? 0.5 : 1);
    }
}
