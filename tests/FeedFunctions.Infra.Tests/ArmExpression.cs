namespace FeedFunctions.Infra.Tests;

/// <summary>Parses the ARM template expression language ("[func('a', 1).prop]") far enough to follow objects.</summary>
internal sealed class ArmExpression
{
    private readonly string source;
    private int position;

    private ArmExpression(string source) => this.source = source;

    /// <summary>True when a template string is an expression: "[...]" but not an escaped "[[" literal.</summary>
    public static bool IsExpression(string value) =>
        value.Length >= 2 && value[0] == '[' && value[^1] == ']' && value[1] != '[';

    public static ArmNode Parse(string expression)
    {
        if (!IsExpression(expression)) throw new FormatException($"arm: not an expression: {expression}");
        var parser = new ArmExpression(expression[1..^1]);
        var node = parser.ParseExpression();
        parser.SkipSpace();
        if (parser.position != parser.source.Length) throw parser.Error("unexpected text");
        return node;
    }

    private ArmNode ParseExpression()
    {
        SkipSpace();
        var start = position;
        var node = ParsePrimary();
        while (position < source.Length && (source[position] == '.' || source[position] == '['))
        {
            // Property access and indexing: ARM's own "a.b" and "a['b']"; the value is opaque to us.
            if (source[position] == '.')
            {
                position++;
                ReadIdentifier();
            }
            else
            {
                position++;
                ParseExpression();
                Expect(']');
            }
            node = new ArmNode.Other(source[start..position]);
        }
        return node;
    }

    private ArmNode ParsePrimary()
    {
        var start = position;
        if (position >= source.Length) throw Error("expression ends early");
        var c = source[position];
        if (c == '\'') return new ArmNode.Literal(ReadString(), source[start..position]);
        if (char.IsDigit(c) || c == '-')
        {
            position++;
            while (position < source.Length && (char.IsDigit(source[position]) || source[position] == '.')) position++;
            return new ArmNode.Other(source[start..position]);
        }

        var name = ReadIdentifier();
        SkipSpace();
        Expect('(');
        var arguments = new List<ArmNode>();
        SkipSpace();
        if (Peek() != ')')
        {
            arguments.Add(ParseExpression());
            SkipSpace();
            while (Peek() == ',')
            {
                position++;
                arguments.Add(ParseExpression());
                SkipSpace();
            }
        }
        Expect(')');
        return new ArmNode.Call(name, arguments, source[start..position]);
    }

    private string ReadString()
    {
        position++; // opening quote
        var value = new System.Text.StringBuilder();
        while (true)
        {
            if (position >= source.Length) throw Error("unterminated string");
            var c = source[position++];
            if (c != '\'')
            {
                value.Append(c);
                continue;
            }
            // A doubled quote is an escaped quote inside the literal.
            if (Peek() == '\'')
            {
                value.Append('\'');
                position++;
                continue;
            }
            return value.ToString();
        }
    }

    private string ReadIdentifier()
    {
        var start = position;
        while (position < source.Length && (char.IsLetterOrDigit(source[position]) || source[position] == '_')) position++;
        if (position == start) throw Error("identifier expected");
        return source[start..position];
    }

    private void SkipSpace()
    {
        while (position < source.Length && char.IsWhiteSpace(source[position])) position++;
    }

    private char Peek() => position < source.Length ? source[position] : '\0';

    private void Expect(char c)
    {
        SkipSpace();
        if (Peek() != c) throw Error($"'{c}' expected");
        position++;
    }

    private FormatException Error(string what) => new($"arm: {what} at {position} in [{source}]");
}
