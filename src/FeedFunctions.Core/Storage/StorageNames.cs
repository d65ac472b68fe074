using Microsoft.Extensions.Options;

namespace FeedFunctions.Storage;

/// <summary>The names of every table, queue and container, with the configured prefix applied.</summary>
public sealed class StorageNames(IOptions<StorageOptions> options)
{
    private readonly string prefix = options.Value.Prefix;

    public string FeedsTable => prefix + "Feeds";
    public string ArticlesTable => prefix + "Articles";
    public string ArticleIndexTable => prefix + "ArticleIndex";
    public string SubscribersTable => prefix + "Subscribers";
    public string DigestLogTable => prefix + "DigestLog";
    public string HostLeasesTable => prefix + "HostLeases";
    public string StoriesTable => prefix + "Stories";
    public string StoryLogTable => prefix + "StoryLog";
    public string ArticleTextContainer => prefix + "article-text";
    public string DigestArchiveContainer => prefix + "digests";

    /// <summary>A queue's name with the prefix; queue names must be lowercase.</summary>
    public string Queue(string name) => prefix + name;

    /// <summary>Any other table an area needs, prefixed the same way (letters and digits only).</summary>
    public string Table(string name) => prefix + name;
}
