namespace FeedFunctions.Evaluation;

/// <summary>How many tags were proposed and how many of them were generic.</summary>
public readonly record struct GenericTagCount(int Tags, int Generic)
{
    /// <summary>The generic share, between 0 and 1.</summary>
    public double Rate => Tags == 0 ? 0 : (double)Generic / Tags;

    /// <summary>This count plus one article's tags.</summary>
    public GenericTagCount Add(IEnumerable<string> tags, GenericTagJudge judge)
    {
        var list = tags.ToList();
        return new GenericTagCount(Tags + list.Count, Generic + list.Count(judge.IsGeneric));
    }
}
