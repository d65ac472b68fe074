namespace FeedFunctions.Stories;

/// <summary>
/// Stories in table storage: each story's signature, sources and members in one partition; a claim row per key,
/// which a new story must win for its strongest key; and a log of which stories are listed under which keys, which
/// every process replays into its <see cref="StoryWindow"/>. Every write is guarded by the version it read, so
/// stories stay one per event however many processors assign at once (<see cref="StoryAssigner"/> holds the protocol).
/// </summary>
public interface IStoryStore
{
    /// <summary>A story, or null when there is none; <paramref name="fresh"/> skips the process's short-lived cache.</summary>
    Task<StoredStory?> GetAsync(string storyId, bool fresh, CancellationToken cancellationToken);

    /// <summary>Stores a new story with its founding member, in one transaction; <see cref="StoryWrite.Exists"/> when it is there already (a retry).</summary>
    Task<StoryWrite> CreateAsync(StorySignature signature, StoryMemberRecord founder, CancellationToken cancellationToken);

    /// <summary>Adds a member and replaces the signature, in one transaction guarded by the version <paramref name="story"/> was read at; adds the member's feed to the sources.</summary>
    Task<StoryWrite> JoinAsync(StoredStory story, StorySignature updated, StoryMemberRecord member, CancellationToken cancellationToken);

    /// <summary>
    /// Lists a new story under its strongest key, guarded by the version read: null when it is listed now; otherwise
    /// the key's stories, among them some the caller did not know (<paramref name="known"/>): it must consider them first.
    /// </summary>
    Task<IReadOnlyList<StoryRef>?> TryClaimAsync(string key, string storyId, DateTimeOffset lastSeen, IReadOnlySet<string> known, CancellationToken cancellationToken);

    /// <summary>Appends which stories are listed under which keys, in one transaction per minute.</summary>
    Task AppendLogAsync(IReadOnlyList<StoryLogEntry> entries, CancellationToken cancellationToken);

    /// <summary>The log entries written from <paramref name="from"/> on (to the minute).</summary>
    Task<IReadOnlyList<StoryLogEntry>> ReadLogAsync(DateTimeOffset from, CancellationToken cancellationToken);

    /// <summary>Removes a story nothing lists (one whose founder lost the race for its key), rows and all.</summary>
    Task DeleteAsync(string storyId, CancellationToken cancellationToken);

    /// <summary>The members of a story, oldest first.</summary>
    Task<IReadOnlyList<StoryMemberRecord>> MembersAsync(string storyId, CancellationToken cancellationToken);
}

/// <summary>A story as a key lists it: its id and its latest article's time.</summary>
public sealed record StoryRef(string Id, DateTimeOffset LastSeen);

/// <summary>That story <paramref name="StoryId"/> is listed under <paramref name="Keys"/>, as of <paramref name="LastSeen"/>; written at <paramref name="At"/>.</summary>
public sealed record StoryLogEntry(string StoryId, IReadOnlyList<string> Keys, DateTimeOffset LastSeen, DateTimeOffset At);

/// <summary>A stored story: its signature, the sources that carried it, and the version of its row.</summary>
public sealed record StoredStory(StorySignature Signature, IReadOnlyList<StorySource> Sources, string Version);

/// <summary>A feed that carried a story, with its own article (the first of that feed to join).</summary>
public sealed record StorySource(string FeedId, string FeedTitle, string ArticleKey, Uri? Link);

/// <summary>A member article as stored in its story's partition.</summary>
public sealed record StoryMemberRecord(StoryMember Member, string FeedId, Uri? Link);

/// <summary>What a guarded story write did.</summary>
public enum StoryWrite
{
    Done,
    /// <summary>The story changed since it was read: read it again and redo.</summary>
    Conflict,
    /// <summary>The story (for a create) or the member (for a join) is there already: an earlier attempt wrote it.</summary>
    Exists,
}
