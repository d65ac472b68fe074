namespace FeedFunctions.Evaluation;

/// <summary>The synthetic calibration of the grounding threshold: acceptance per threshold and kind, and the threshold chosen.</summary>
/// <param name="Articles">Articles the statements were made from.</param>
/// <param name="Seed">The seed the statements were made with.</param>
/// <param name="ParaphraseShare">Share of content words the paraphrased statements replace.</param>
/// <param name="Counts">Statements of each kind.</param>
/// <param name="Rules">Per kind, the share rejected by the number and name rules (the threshold does not matter to them).</param>
/// <param name="Thresholds">Results in increasing threshold order.</param>
/// <param name="Chosen">The threshold of best balanced accuracy among those accepting at least <paramref name="MinSupportedAccepted"/> of faithful statements (the lowest on a tie); null when none does.</param>
/// <param name="MinSupportedAccepted">The least acceptance of faithful statements a threshold must reach to be chosen.</param>
/// <param name="Examples">The first statement of each kind, to show what they look like.</param>
public sealed record GroundingEvaluationReport(
    int Articles,
    int Seed,
    double ParaphraseShare,
    IReadOnlyDictionary<GroundingStatementKind, int> Counts,
    IReadOnlyDictionary<GroundingStatementKind, GroundingRuleShares> Rules,
    IReadOnlyList<GroundingThresholdResult> Thresholds,
    GroundingThresholdResult? Chosen,
    double MinSupportedAccepted,
    IReadOnlyList<GroundingStatement> Examples);
