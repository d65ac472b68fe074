namespace FeedFunctions.Infra.Tests;

public sealed class BicepCliTests(MainTemplateFixture main)
{
    [Fact]
    public void Build_MainBicep_ExitsZeroWithoutDiagnostics()
    {
        // Compiler type warnings (BCP035, BCP037, ...) cannot be raised to errors in bicepconfig: any output fails here.
        Assert.True(main.Build.ExitCode == 0 && main.Build.StandardError.Trim().Length == 0, main.Build.Transcript);
        Assert.NotNull(main.Template);
    }

    [Fact]
    public async Task Lint_MainBicep_ExitsZeroWithoutDiagnostics()
    {
        var lint = await BicepCli.RunAsync(["lint", MainTemplateFixture.MainBicep], TestContext.Current.CancellationToken);

        Assert.True(lint.ExitCode == 0 && (lint.StandardOutput + lint.StandardError).Trim().Length == 0, lint.Transcript);
    }
}
