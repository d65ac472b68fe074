using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace FeedFunctions.Scheduling;

/// <summary>A repeatable pseudo-random fraction per feed and attempt, so schedules spread out yet tests stay deterministic.</summary>
internal static class Jitter
{
    /// <summary>A value in [0, 1) from a hash of the feed id and the attempt number (stable across processes, unlike string.GetHashCode).</summary>
    public static double Fraction(string feedId, int attempt)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{feedId}\n{attempt}"), hash);
        return (BinaryPrimitives.ReadUInt64LittleEndian(hash) >> 11) * (1.0 / (1UL << 53));
    }
}
