namespace FeedFunctions.Evaluation;

/// <summary>Share of one kind's statements rejected by the number rule and by the name rule, whatever the threshold.</summary>
public readonly record struct GroundingRuleShares(double ByNumber, double ByName);
