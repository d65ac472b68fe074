namespace FeedFunctions.Evaluation;

/// <summary>How the grounding check sorts the calibration statements at one threshold.</summary>
/// <param name="Threshold">The least share of a statement's content words that one article passage must contain.</param>
/// <param name="SupportedAccepted">Share of faithful statements the check accepts.</param>
/// <param name="UnsupportedRejected">Share of corrupted statements the check rejects.</param>
/// <param name="AcceptedByKind">Share of each kind's statements the check accepts.</param>
public sealed record GroundingThresholdResult(
    double Threshold, double SupportedAccepted, double UnsupportedRejected, IReadOnlyDictionary<GroundingStatementKind, double> AcceptedByKind)
{
    /// <summary>The mean of the acceptance of faithful and the rejection of corrupted statements.</summary>
    public double BalancedAccuracy => (SupportedAccepted + UnsupportedRejected) / 2;
}
