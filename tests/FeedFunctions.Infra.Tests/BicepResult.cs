namespace FeedFunctions.Infra.Tests;

/// <summary>What one Bicep CLI run printed and how it ended.</summary>
internal sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Everything printed, for assertion messages.</summary>
    public string Transcript => $"exit {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
