namespace FeedFunctions.Stories;

/// <summary>One story in full: its signature, a short summary quoted from its members, its sources and its members.</summary>
/// <param name="Id">The story id (16 lowercase hex digits).</param>
/// <param name="Label">Its best headline.</param>
/// <param name="LabelArticleKey">The member whose title is the label.</param>
/// <param name="FirstSeen">When its first member was published.</param>
/// <param name="LastSeen">When its latest member was published.</param>
/// <param name="MemberCount">How many articles joined it.</param>
/// <param name="Summary">Up to <see cref="StoryReader.SummarySentences"/> sentences, each quoted from a member (<see cref="StorySummarizer"/>).</param>
/// <param name="Sources">Every feed that carried it, each once, in the order they joined.</param>
/// <param name="Members">Its members, newest first, at most <see cref="StoryReader.MaxMembers"/>.</param>
public sealed record StoryDetail(
    string Id,
    string Label,
    string LabelArticleKey,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    int MemberCount,
    IReadOnlyList<StorySentence> Summary,
    IReadOnlyList<StoryEntrySource> Sources,
    IReadOnlyList<StoryMemberRecord> Members);
