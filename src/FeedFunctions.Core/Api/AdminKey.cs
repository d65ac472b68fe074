using System.Security.Cryptography;
using System.Text;

namespace FeedFunctions.Api;

/// <summary>Checks the self-host's admin key without leaking its length or content through timing.</summary>
public static class AdminKey
{
    /// <summary>Null when the key matches; otherwise the 401 or 403 problem to answer with.</summary>
    public static ApiResponse? Check(AdminOptions options, string? provided)
    {
        if (string.IsNullOrEmpty(options.Key)) return Problems.AdminDisabled();
        if (string.IsNullOrEmpty(provided)) return Problems.Unauthorized();
        // Hashing first gives equal lengths, so FixedTimeEquals compares every byte whatever the input.
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(options.Key));
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(provided));
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? null : Problems.Unauthorized();
    }
}
