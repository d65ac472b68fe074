using System.ComponentModel.DataAnnotations;

namespace FeedFunctions.Api;

/// <summary>The operator key the self-host's admin routes require; on Azure the Functions keys guard them instead.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>The key callers send as the x-admin-key header or the code query parameter; admin routes refuse every call while it is unset.</summary>
    [MinLength(12, ErrorMessage = "Admin:Key must be at least 12 characters.")]
    public string? Key { get; set; }
}
