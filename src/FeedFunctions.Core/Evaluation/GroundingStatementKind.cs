namespace FeedFunctions.Evaluation;

/// <summary>How a synthetic statement for the grounding calibration was made; the first five are faithful, the rest are not.</summary>
public enum GroundingStatementKind
{
    /// <summary>A sentence of the reference summary (extractive, so copied from the article).</summary>
    Reference,

    /// <summary>An article sentence with one clause, or a share of its words, dropped.</summary>
    Compression,

    /// <summary>The leading clauses of two adjacent article sentences joined by "and".</summary>
    Fusion,

    /// <summary>An article sentence with its two halves swapped around a comma.</summary>
    Reordering,

    /// <summary>An article sentence with a share of its common words replaced by words the article does not use (a synonym stand-in).</summary>
    Paraphrase,

    /// <summary>A sentence of another article of the same category: on topic, but not in this article.</summary>
    CrossArticle,

    /// <summary>An article sentence with one number changed to one the article does not contain.</summary>
    ChangedNumber,

    /// <summary>An article sentence with one name replaced by a name from another article that this one never mentions.</summary>
    SwappedName,

    /// <summary>The first half of an article sentence followed by the second half of another article's sentence.</summary>
    SplicedHalf,
}
