namespace FeedFunctions.Evaluation;

/// <summary>Our category accuracy over the scored rows, and the accuracy of always answering the commonest label.</summary>
public sealed record CategoryEvaluationReport(int Scored, int Skipped, bool HeadlinesOnly, double Accuracy, string CommonestLabel, double MajorityAccuracy);
