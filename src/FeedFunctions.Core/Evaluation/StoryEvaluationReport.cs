namespace FeedFunctions.Evaluation;

/// <summary>What `eval stories` measured: our clustering and the TF-IDF baseline on the same headlines, and the checks beside them.</summary>
/// <param name="Headlines">Headlines scored.</param>
/// <param name="GoldStories">Gold stories among them.</param>
/// <param name="Ours">Our clustering in time order with the given settings.</param>
/// <param name="Baseline">The TF-IDF single-pass baseline in the same order.</param>
/// <param name="Clustering">How long our clustering took, features included (embeddings excluded).</param>
/// <param name="Embedding">How long embedding the headlines took (zero without embeddings).</param>
/// <param name="CandidatesPerArticle">Story signatures an article was compared with, on average (production's point reads).</param>
/// <param name="NearDuplicates">Headlines marked as near-duplicates of an earlier one.</param>
/// <param name="NearDuplicatesInGoldStory">The share of those whose original is in the same gold story.</param>
/// <param name="Subsets">Both methods on halves of the data and in interleaved order (see docs/stories.md).</param>
/// <param name="Clusters">Our cluster id for each headline id, in time order.</param>
public sealed record StoryEvaluationReport(
    int Headlines,
    int GoldStories,
    StoryClusterScores Ours,
    StoryClusterScores Baseline,
    TimeSpan Clustering,
    TimeSpan Embedding,
    double CandidatesPerArticle,
    int NearDuplicates,
    double NearDuplicatesInGoldStory,
    IReadOnlyList<StorySubsetScores> Subsets,
    IReadOnlyList<(string Id, string Cluster)> Clusters);

/// <summary>Our clustering and the baseline on one subset of the headlines.</summary>
public sealed record StorySubsetScores(string Subset, int Headlines, StoryClusterScores Ours, StoryClusterScores Baseline);

/// <summary>Our F1 on each half at one join threshold: the robustness check of the threshold.</summary>
public sealed record StoryThresholdScores(double Threshold, double FirstHalfF1, double SecondHalfF1, double OddStoriesF1, double EvenStoriesF1, double AllF1);
