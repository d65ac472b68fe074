using FeedFunctions.Digest;
using FeedFunctions.Email;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace FeedFunctions.Core.Tests.Digest;

/// <summary>The real digest services over Azurite (own table prefix per test) and smtp4dev, on a fake clock.</summary>
internal sealed class DigestTestServices : IAsyncDisposable
{
    public const string PublicBase = "https://news.example.test/";

    private readonly ServiceProvider provider;

    private DigestTestServices(ServiceProvider provider, FakeTimeProvider clock, string prefix)
    {
        this.provider = provider;
        Clock = clock;
        Prefix = prefix;
    }

    public FakeTimeProvider Clock { get; }
    public string Prefix { get; }

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    public static DigestTestServices Create(AzuriteFixture azurite, int smtpPort, DateTimeOffset now, Dictionary<string, string?>? overrides = null)
    {
        var prefix = string.Concat(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(6)).PadRight(6, 'q') + "dg";
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = prefix,
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "FeedFunctions Digest <digest@feedfunctions.test>",
            ["Digest:PublicBaseUrl"] = PublicBase,
            ["Digest:SigningKey"] = "test-signing-key-0123456789-abcdefghijklmnop",
        };
        foreach (var (key, value) in overrides ?? []) settings[key] = value;
        var clock = new FakeTimeProvider(now);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddFeedStorage();
        services.AddDigests();
        return new DigestTestServices(services.BuildServiceProvider(), clock, prefix);
    }

    /// <summary>A unique address for one test, so tests sharing smtp4dev never see each other's mail.</summary>
    public static string NewAddress(string label) => $"{label}-{Guid.NewGuid():N}@example.test";

    /// <summary>Stores an analyzed article the way the pipeline does.</summary>
    public async Task<Article> AddArticleAsync(string feedId, string title, string link, DateTimeOffset published, string category, string[] tags, CancellationToken cancellationToken, string? feedTitle = null)
    {
        var article = new Article
        {
            FeedId = feedId,
            Id = StableId.Hash(link),
            Title = title,
            Link = new Uri(link),
            Published = published,
            FirstSeenAt = published,
            LastChangedAt = published,
            FeedTitle = feedTitle ?? "Feed " + feedId[..4],
            Text = title + ". More text.",
            ContentHash = StableId.Hash(title + link),
        };
        var store = Get<IArticleStore>();
        await store.UpsertAsync(article, cancellationToken);
        await store.SaveAnalysisAsync(article.Key, article.ContentHash, new ArticleAnalysis
        {
            Headline = title,
            Summary = [new SummarySentence($"{title} happened today.", 0), new SummarySentence("Officials commented.", 1), new SummarySentence("More is expected.", 2), new SummarySentence("A fourth sentence.", 3)],
            Bullets = ["First point", "Second point"],
            Tags = [.. tags.Select(t => new Tag(t, TagKind.Keyphrase, 0.9))],
            Category = category,
        }, cancellationToken);
        return article;
    }

    /// <summary>Sends a marker message and waits for it: smtp4dev has then received everything sent to the address before it.</summary>
    public async Task FlushMailAsync(Smtp4devFixture smtp, string address, CancellationToken cancellationToken)
    {
        var marker = "marker-" + Guid.NewGuid().ToString("N");
        var message = new MimeMessage { Subject = marker };
        message.From.Add(MailboxAddress.Parse("marker@feedfunctions.test"));
        message.To.Add(MailboxAddress.Parse(address));
        message.Body = new TextPart("plain") { Text = marker };
        Assert.IsType<EmailSendResult.Sent>(await Get<IEmailSender>().SendAsync(message, cancellationToken));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!(await smtp.ListMessagesAsync(cancellationToken)).Any(m => m.GetProperty("subject").GetString() == marker))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("tests: marker message never arrived");
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>The messages smtp4dev holds for <paramref name="address"/>, without markers.</summary>
    public static async Task<IReadOnlyList<System.Text.Json.JsonElement>> MessagesToAsync(Smtp4devFixture smtp, string address, CancellationToken cancellationToken) =>
        [.. (await smtp.ListMessagesAsync(cancellationToken)).Where(m =>
            m.GetProperty("to").EnumerateArray().Any(t => t.GetString()?.Contains(address, StringComparison.OrdinalIgnoreCase) == true)
            && m.GetProperty("subject").GetString()?.StartsWith("marker-", StringComparison.Ordinal) != true)];

    /// <summary>Parses a raw message source as smtp4dev returns it.</summary>
    public static MimeMessage Parse(string raw, CancellationToken cancellationToken) =>

        MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw)), cancellationToken);

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
