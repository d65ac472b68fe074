using System.ComponentModel.DataAnnotations;

namespace FeedFunctions.Storage;

/// <summary>Where tables, queues and blobs live: a connection string (Azurite, keys) or an account name reached with Entra ID.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary>A storage connection string; "UseDevelopmentStorage=true" for Azurite on its default ports.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The account name, used with DefaultAzureCredential when no connection string is set.</summary>
    public string? AccountName { get; set; }

    /// <summary>Prefix for table, queue and container names, so several instances can share one account.</summary>
    [RegularExpression("^[a-z]{0,10}$", ErrorMessage = "Storage:Prefix must be 0 to 10 lowercase letters.")]
    public string Prefix { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) == string.IsNullOrWhiteSpace(AccountName))
        {
            yield return new ValidationResult(
                "Storage: set exactly one of Storage:ConnectionString (Azurite or keys) and Storage:AccountName (managed identity).",
                [nameof(ConnectionString), nameof(AccountName)]);
        }
    }
}
