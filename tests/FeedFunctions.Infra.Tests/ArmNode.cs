namespace FeedFunctions.Infra.Tests;

/// <summary>A node of an ARM template expression; Text is its source, for messages and value checks.</summary>
internal abstract record ArmNode(string Text)
{
    /// <summary>A function call such as createObject('a', 1) or variables('x').</summary>
    public sealed record Call(string Name, IReadOnlyList<ArmNode> Arguments, string Text) : ArmNode(Text);

    /// <summary>A string literal, unescaped.</summary>
    public sealed record Literal(string Value, string Text) : ArmNode(Text);

    /// <summary>Anything else: numbers, property access, indexing; the settings check never needs their value.</summary>
    public sealed record Other(string Text) : ArmNode(Text);
}
