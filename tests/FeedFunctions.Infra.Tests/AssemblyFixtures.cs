using FeedFunctions.Infra.Tests;

// One `bicep build` for the whole assembly; the template tests read its output.
[assembly: AssemblyFixture(typeof(MainTemplateFixture))]
