using System.ComponentModel.DataAnnotations;

namespace FeedFunctions.Digest;

/// <summary>Digest and subscription settings (Digest:* settings).</summary>
public sealed class DigestOptions : IValidatableObject
{
    public const string Section = "Digest";

    /// <summary>The public base address links in emails point to, such as https://news.example.org/.</summary>
    [Required(ErrorMessage = "Digest:PublicBaseUrl is required: links in emails are built from it.")]
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The HMAC-SHA256 key that signs confirmation, unsubscribe and preference links.</summary>
    [Required(ErrorMessage = "Digest:SigningKey is required.")]
    [MinLength(32, ErrorMessage = "Digest:SigningKey must be at least 32 characters (use 32 random bytes, base64).")]
    public string SigningKey { get; set; } = "";

    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00", ErrorMessage = "Digest:ConfirmationTokenLifetime must be between 10 minutes and 30 days.")]
    public TimeSpan ConfirmationTokenLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long unsubscribe and preference links in an email keep working.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Digest:ManageTokenLifetime must be between 1 and 3650 days.")]
    public TimeSpan ManageTokenLifetime { get; set; } = TimeSpan.FromDays(365);

    [Range(1, 100, ErrorMessage = "Digest:MaxStoriesDefault must be between 1 and 100.")]
    public int MaxStoriesDefault { get; set; } = 10;

    /// <summary>Subscribe requests allowed per address, and per client, in one <see cref="SubscribeRateWindow"/>.</summary>
    [Range(1, 1000, ErrorMessage = "Digest:SubscribeRatePerAddress must be between 1 and 1000.")]
    public int SubscribeRatePerAddress { get; set; } = 3;

    [Range(1, 10000, ErrorMessage = "Digest:SubscribeRatePerClient must be between 1 and 10000.")]
    public int SubscribeRatePerClient { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Digest:SubscribeRateWindow must be between 1 minute and 7 days.")]
    public TimeSpan SubscribeRateWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after its delivery time a digest is still queued, when a timer tick was missed.</summary>
    [Range(typeof(TimeSpan), "00:15:00", "1.00:00:00", ErrorMessage = "Digest:CatchUpWindow must be between 15 minutes and 1 day.")]
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(3);

    /// <summary>Permanent failures in a row after which a subscriber is paused.</summary>
    [Range(1, 100, ErrorMessage = "Digest:MaxBounces must be between 1 and 100.")]
    public int MaxBounces { get; set; } = 3;

    /// <summary>The parsed <see cref="PublicBaseUrl"/>, always ending in '/'.</summary>
    public Uri PublicBase => new(PublicBaseUrl.EndsWith('/') ? PublicBaseUrl : PublicBaseUrl + "/");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(PublicBaseUrl)
            && (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult($"Digest:PublicBaseUrl \"{PublicBaseUrl}\" is not an absolute http(s) URL.", [nameof(PublicBaseUrl)]);
        }
    }
}
