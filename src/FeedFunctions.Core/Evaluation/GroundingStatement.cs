namespace FeedFunctions.Evaluation;

/// <summary>A synthetic summary statement about one article, labelled by how it was made.</summary>
public sealed record GroundingStatement(string ArticleId, GroundingStatementKind Kind, string Text)
{
    /// <summary>Whether the statement is faithful to its article, so the grounding check should accept it.</summary>
    public bool IsSupported => IsFaithful(Kind);

    /// <summary>Whether statements of <paramref name="kind"/> are faithful to their article.</summary>
    public static bool IsFaithful(GroundingStatementKind kind) => kind <= GroundingStatementKind.Paraphrase;
}
