using System.Text.Json;
using FeedFunctions.Feeds;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>Article text too long for a table property (64 KB), kept in blob storage beside the row.</summary>
internal sealed class ArticleTextBlobs(StorageInitializer storage)
{
    public async Task WriteTextAsync(Article article, CancellationToken cancellationToken)
    {
        var container = await storage.ContainerAsync(storage.Names.ArticleTextContainer, cancellationToken);
        var body = JsonSerializer.SerializeToUtf8Bytes(new ArticleText(article.Html, article.Text), ArticleEntity.Json);
        await container.GetBlobClient(TextName(article.Key)).UploadAsync(new BinaryData(body), overwrite: true, cancellationToken);
    }

    public async Task<(string? Html, string? Text)> ReadTextAsync(ArticleKey key, CancellationToken cancellationToken)
    {
        var container = await storage.ContainerAsync(storage.Names.ArticleTextContainer, cancellationToken);
        var content = await container.GetBlobClient(TextName(key)).DownloadContentAsync(cancellationToken);
        var text = content.Value.Content.ToObjectFromJson<ArticleText>(ArticleEntity.Json);
        return (text?.Html, text?.Text);
    }

    public async Task WriteFullTextAsync(ArticleKey key, string fullText, CancellationToken cancellationToken)
    {
        var container = await storage.ContainerAsync(storage.Names.ArticleTextContainer, cancellationToken);
        await container.GetBlobClient(FullTextName(key)).UploadAsync(BinaryData.FromString(fullText), overwrite: true, cancellationToken);
    }

    public async Task<string> ReadFullTextAsync(ArticleKey key, CancellationToken cancellationToken)
    {
        var container = await storage.ContainerAsync(storage.Names.ArticleTextContainer, cancellationToken);
        var content = await container.GetBlobClient(FullTextName(key)).DownloadContentAsync(cancellationToken);
        return content.Value.Content.ToString();
    }

    private static string TextName(ArticleKey key) => $"{key.FeedId}/{key.ArticleId}.json";

    private static string FullTextName(ArticleKey key) => $"{key.FeedId}/{key.ArticleId}.full.txt";

    private sealed record ArticleText(string? Html, string Text);
}
