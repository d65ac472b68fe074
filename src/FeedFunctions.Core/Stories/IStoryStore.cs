namespace FeedFunctions.Stories;

/// <summary>
/// Stories in table storage: each story's signature, sources and members in one partition, and a candidate index
/// keyed by the strongest terms of its articles. Every write is guarded by the version it read, so stories stay
/// one per event however many processors assign at once (<see cref="StoryAssigner"/> holds the protocol).
/// </summary>
public interface IStoryStore
{
    /// <summary>The index rows of <paramref name="keys"/> (an empty entry for a key no story has); <paramref name="fresh"/> skips the process's short-lived cache.</summary>
    Task<IReadOnlyList<StoryKeyEntry>> GetKeysAsync(IReadOnlyList<string> keys, bool fresh, CancellationToken cancellationToken);

    /// <summary>A story, or null when there is none (or not yet); <paramref name="fresh"/> skips the cache.</summary>
    Task<StoredStory?> GetAsync(string storyId, bool fresh, CancellationToken cancellationToken);

    /// <summary>Stores a new story with its founding member, in one transaction; <see cref="StoryWrite.Exists"/> when it is there already (a retry).</summary>
    Task<StoryWrite> CreateAsync(StorySignature signature, StoryMemberRecord founder, CancellationToken cancellationToken);

    /// <summary>Adds a member and replaces the signature, in one transaction guarded by the version <paramref name="story"/> was read at.</summary>
    Task<StoryWrite> JoinAsync(StoredStory story, StorySignature updated, StoryMemberRecord member, CancellationToken cancellationToken);

    /// <summary>Lists <paramref name="storyId"/> under the key, guarded by the version the entry was read at; false when it changed since.</summary>
    Task<bool> TryIndexAsync(StoryKeyEntry entry, string storyId, DateTimeOffset lastSeen, CancellationToken cancellationToken);

    /// <summary>Removes a story no key lists (one whose founder lost the race for its key), rows and all.</summary>
    Task DeleteAsync(string storyId, CancellationToken cancellationToken);

    /// <summary>The members of a story, oldest first.</summary>
    Task<IReadOnlyList<StoryMemberRecord>> MembersAsync(string storyId, CancellationToken cancellationToken);
}

/// <summary>The stories listed under one candidate key, newest last, and the version of its row (null: no row yet).</summary>
public sealed record StoryKeyEntry(string Key, IReadOnlyList<StoryRef> Stories, string? Version);

/// <summary>A story as a key lists it: its id and its latest article's time.</summary>
public sealed record StoryRef(string Id, DateTimeOffset LastSeen);

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
