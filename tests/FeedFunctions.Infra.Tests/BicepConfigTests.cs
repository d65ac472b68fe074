namespace FeedFunctions.Infra.Tests;

public sealed class BicepConfigTests(LintRuleViolations violations) : IClassFixture<LintRuleViolations>
{
    public static TheoryData<string> GuardedRules => [.. LintRuleViolations.Snippets.Keys];

    [Theory]
    [MemberData(nameof(GuardedRules))]
    public void Lint_RuleViolation_IsAnError(string rule)
    {
        Assert.NotEqual(0, violations.Lint.ExitCode);
        Assert.Contains($"Error {rule}:", violations.Lint.StandardOutput + violations.Lint.StandardError);
    }
}
