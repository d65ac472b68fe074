namespace FeedFunctions.Storage;

/// <summary>One storage service that failed its probe, and how, in words safe to show anyone.</summary>
public sealed record StorageProblem(string Service, string Reason);
