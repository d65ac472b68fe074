namespace FeedFunctions.Evaluation;

/// <summary>B-cubed precision, recall and F1 over items, pairwise precision, recall and F1 over item pairs, and the cluster count.</summary>
public readonly record struct StoryClusterScores(Prf BCubed, Prf Pairwise, int Clusters);
