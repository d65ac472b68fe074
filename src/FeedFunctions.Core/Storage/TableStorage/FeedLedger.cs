using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using FeedFunctions.Feeds;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>
/// A feed's recent items, kept in one row of the feed's own Articles partition: each article id with its content
/// hash, a hash of its link and title, when it was last seen, and whether its message is still unconfirmed. One
/// point read per fetch answers "new, changed or unchanged?" for every item, recognises a guid that changes on
/// every fetch, and finds messages lost between storing and queueing; and because it shares the articles'
/// partition, it commits in the same entity-group transaction as they do.
/// </summary>
internal sealed class FeedLedger
{
    /// <summary>After every article id (lowercase hex), so it never mixes with them.</summary>
    public const string RowKey = "~ledger";

    /// <summary>Items remembered per feed: far more than any feed carries, and 45 KB of the 64 KB a binary property holds.</summary>
    public const int MaxEntries = 1000;

    private const byte FormatVersion = 1;
    private const int EntryBytes = 16 + 16 + 8 + 4 + 1;
    private const byte PendingFlag = 1;

    private readonly Dictionary<string, Entry> entries;
    private readonly Dictionary<ulong, string> byLink;

    private FeedLedger(Dictionary<string, Entry> entries, ETag? etag, int stored)
    {
        this.entries = entries;
        ETag = etag;
        Stored = stored;
        byLink = [];
        foreach (var e in entries.Values) byLink[e.LinkHash] = e.ArticleId;
    }

    /// <summary>The stored row's version; null when the feed has no ledger yet.</summary>
    public ETag? ETag { get; }

    public bool IsChanged { get; private set; }

    /// <summary>Articles this feed has stored in all, counted in the row written with them: the feed's article count.</summary>
    public int Stored { get; private set; }

    public static FeedLedger Empty() => new([], null, 0);

    public static FeedLedger From(TableEntity row)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var data = row.GetBinary("Items");
        if (data is { Length: > 0 } && data[0] == FormatVersion)
        {
            for (var offset = 1; offset + EntryBytes <= data.Length; offset += EntryBytes)
            {
                var e = Entry.Read(data.AsSpan(offset, EntryBytes));
                entries[e.ArticleId] = e;
            }
        }
        // Ledgers written before the total was kept start from what they remember.
        return new FeedLedger(entries, row.ETag, row.GetInt32(StoredColumn) ?? entries.Count);
    }

    /// <summary>The column that holds <see cref="Stored"/>.</summary>
    public const string StoredColumn = "Stored";

    public bool TryGet(string articleId, out Entry entry) => entries.TryGetValue(articleId, out entry);

    /// <summary>Counts an article stored for the first time.</summary>
    public void CountNew() => Stored++;

    /// <summary>The id this feed stored under the same link and title, if any.</summary>
    public string? IdByLink(Article article) =>
        LinkHashOf(article) is { } hash && byLink.TryGetValue(hash, out var id) && entries.ContainsKey(id) ? id : null;

    /// <summary>Notes the article version as stored now; <paramref name="pending"/> until its message is confirmed.</summary>
    public void Record(Article article, DateTimeOffset now, bool pending)
    {
        if (!IsLedgerId(article.Id) || !IsLedgerId(article.ContentHash)) return; // stored, but never recognised: costs a write, loses nothing
        var entry = new Entry(article.Id, article.ContentHash, LinkHashOf(article) ?? 0, MinuteOf(now), pending);
        entries[article.Id] = entry;
        if (entry.LinkHash != 0) byLink[entry.LinkHash] = article.Id;
        IsChanged = true;
    }

    /// <summary>Notes that an unchanged item is still in the feed; written only with other changes or once a day, so unchanged fetches cost no write.</summary>
    public void Touch(string articleId, DateTimeOffset now)
    {
        if (!entries.TryGetValue(articleId, out var e)) return;
        var minute = MinuteOf(now);
        if (minute - e.LastSeenMinute >= 24 * 60) IsChanged = true;
        entries[articleId] = e with { LastSeenMinute = minute };
    }

    /// <summary>Clears the pending mark of every item: their messages were sent.</summary>
    public void ConfirmAll()
    {
        foreach (var (id, e) in entries.Where(e => e.Value.Pending).ToList()) entries[id] = e with { Pending = false };
        IsChanged = true;
    }

    public TableEntity ToEntity(string feedId)
    {
        // The most recently seen items are kept when a feed has carried more than the ledger holds.
        var kept = entries.Values.OrderByDescending(e => e.Pending).ThenByDescending(e => e.LastSeenMinute).Take(MaxEntries).ToList();
        var data = new byte[1 + (kept.Count * EntryBytes)];
        data[0] = FormatVersion;
        for (var i = 0; i < kept.Count; i++) kept[i].Write(data.AsSpan(1 + (i * EntryBytes), EntryBytes));
        return new TableEntity(feedId, RowKey) { ["Items"] = data, ["Count"] = kept.Count, [StoredColumn] = Stored };
    }

    private static ulong? LinkHashOf(Article article)
    {
        if (article.Link is null) return null;
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(article.Link.AbsoluteUri + "\n" + article.Title), digest);
        return Math.Max(1, BinaryPrimitives.ReadUInt64LittleEndian(digest));
    }

    private static int MinuteOf(DateTimeOffset time) => (int)(time.ToUnixTimeSeconds() / 60);

    private static bool IsLedgerId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    /// <summary>One remembered item.</summary>
    public readonly record struct Entry(string ArticleId, string ContentHash, ulong LinkHash, int LastSeenMinute, bool Pending)
    {
        public static Entry Read(ReadOnlySpan<byte> b) => new(
            Convert.ToHexStringLower(b[..16]),
            Convert.ToHexStringLower(b[16..32]),
            BinaryPrimitives.ReadUInt64LittleEndian(b[32..40]),
            BinaryPrimitives.ReadInt32LittleEndian(b[40..44]),
            (b[44] & PendingFlag) != 0);

        public void Write(Span<byte> b)
        {
            Convert.FromHexString(ArticleId, b[..16], out _, out _);
            Convert.FromHexString(ContentHash, b[16..32], out _, out _);
            BinaryPrimitives.WriteUInt64LittleEndian(b[32..40], LinkHash);
            BinaryPrimitives.WriteInt32LittleEndian(b[40..44], LastSeenMinute);
            b[44] = Pending ? PendingFlag : (byte)0;
        }
    }
}
