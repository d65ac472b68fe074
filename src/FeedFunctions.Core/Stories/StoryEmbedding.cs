namespace FeedFunctions.Stories;

/// <summary>The embedding part of a story signature: a running sum kept as a byte-quantised direction.</summary>
internal static class StoryEmbedding
{
    private const float Scale = 127f;

    /// <summary>The cosine of a unit vector and a quantised direction.</summary>
    public static double Cosine(float[] unit, sbyte[] direction)
    {
        if (unit.Length != direction.Length) return 0;
        double dot = 0, norm = 0;
        for (var i = 0; i < unit.Length; i++)
        {
            dot += unit[i] * direction[i];
            norm += direction[i] * direction[i];
        }
        return norm == 0 ? 0 : dot / Math.Sqrt(norm);
    }

    /// <summary>The direction of <paramref name="count"/> members' mean plus one more unit vector.</summary>
    public static sbyte[] Add(sbyte[]? direction, int count, float[] unit)
    {
        var sum = new double[unit.Length];
        if (direction is not null && direction.Length == unit.Length)
        {
            // The stored direction stands for the mean of count unit vectors; its length is lost, so weigh it by count.
            var norm = Math.Sqrt(direction.Sum(d => (double)d * d));
            for (var i = 0; i < sum.Length && norm > 0; i++) sum[i] = direction[i] / norm * count;
        }
        for (var i = 0; i < sum.Length; i++) sum[i] += unit[i];
        var max = sum.Max(Math.Abs);
        return [.. sum.Select(v => (sbyte)Math.Round(max == 0 ? 0 : v / max * Scale))];
    }
}
