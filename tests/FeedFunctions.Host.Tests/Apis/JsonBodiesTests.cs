using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FeedFunctions.Api;
using FeedFunctions.Api.Dtos;
using FeedFunctions.Feeds;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Host.Tests.Apis;

/// <summary>API bodies are readable (no needless \u escapes), source-generated, and otherwise what reflection would write.</summary>
public sealed class JsonBodiesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestWebHost host = null!;
    private SampleArticles.Seeded seeded = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        host = await TestWebHost.StartAsync(azurite, Ct);
        seeded = await host.SeedAsync(Ct);
    }

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Article_QuotesAmpersandsAndAccents_AreWrittenAsTheyAre()
    {
        using var response = await host.Client.GetAsync("api/articles/" + seeded.IdOf(2), Ct);
        var raw = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"title\":\"Sanctions debate <continues> & widens\"", raw, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"O'Brien\"", raw, StringComparison.Ordinal);
        Assert.Contains("?a=1&b=2", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", raw, StringComparison.Ordinal);
        // The relaxed encoder is safe because no browser may read the body as anything but JSON.
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task List_NonAsciiTitleAndFeed_AreNotEscaped()
    {
        var raw = await host.Client.GetStringAsync("api/articles?language=fr", Ct);
        Assert.Contains("Les marchés reculent", raw, StringComparison.Ordinal);
        Assert.Contains("Tech & <Science>", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_EuroSignAndApostrophe_ComeBackAsWritten()
    {
        const string text = "The café sold coffee for €5 & tea for €3 on Monday. O'Neil's bakery next door raised its prices by 10%. "
            + "Customers said the café's new menu was worth it.";
        using var response = await host.Client.PostAsync("api/summarize",
            new StringContent(JsonSerializer.Serialize(new { text, sentences = 3 }), Encoding.UTF8, "application/json"), Ct);
        var raw = await response.Content.ReadAsStringAsync(Ct);

        Assert.True(response.StatusCode == HttpStatusCode.OK, raw);
        Assert.Contains("€5 & tea", raw, StringComparison.Ordinal);
        Assert.Contains("O'Neil's", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u20ac", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\u0027", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0026", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void ApiJsonContext_CoversEveryDto()
    {
        var dtos = typeof(ArticleListDto).Assembly.GetTypes().Where(t => t.Namespace == typeof(ArticleListDto).Namespace && t.IsPublic).ToList();

        Assert.NotEmpty(dtos);
        Assert.All(dtos, t => Assert.NotNull(ApiJsonContext.Default.GetTypeInfo(t)));
        Assert.NotNull(ApiJsonContext.Default.GetTypeInfo(typeof(ApiProblem)));
    }

    [Fact]
    public void ApiJson_GeneratedMetadata_WritesWhatReflectionWrites()
    {
        // The same settings with reflection only: the source generator must change nothing but speed.
        var reflection = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        reflection.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        var (article, analysis) = seeded.Analyzed[2];
        object[] bodies =
        [
            ApiMapper.ToDto(article, analysis),
            ApiMapper.ToSummaryDto(analysis),
            ApiMapper.ToDto(seeded.TechFeed),
            new TopicsDto(SampleArticles.Newest, SampleArticles.Newest, 1, false, [new("politics", "politics", 1)], [new("o-brien", "O'Brien", 1)]),
            new OpmlImportResultDto(1, 2, [new("ftp://x.example/feed", "a ftp: URL; only http and https feeds are fetched")]),
            new ApiProblem("/problems/validation", "The request is not valid.", 400, "pageSize must be…", new Dictionary<string, string[]> { ["pageSize"] = ["x"] }),
        ];

        foreach (var body in bodies)
        {
            Assert.Equal(JsonSerializer.Serialize(body, body.GetType(), reflection), JsonSerializer.Serialize(body, body.GetType(), ApiJson.Options));
            Assert.Same(ApiJsonContext.Default, ApiJson.Options.GetTypeInfo(body.GetType()).OriginatingResolver);
        }
        Assert.Contains("\"kind\":\"person\"", JsonSerializer.Serialize(ApiMapper.ToDto(article, analysis), ApiJson.Options), StringComparison.Ordinal);
        Assert.Contains("\"lede\":\"Summary one of story 2.\"", JsonSerializer.Serialize(ApiMapper.ToDto(article, analysis), ApiJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlSafeOptions_EscapeWhatHtmlWouldRead()
    {
        var json = JsonSerializer.Serialize(new SourceDto("ab", "</script><b>'&'"), ApiJson.HtmlSafeOptions);
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain("'", json, StringComparison.Ordinal);
        Assert.DoesNotContain("&", json, StringComparison.Ordinal);
    }
}
