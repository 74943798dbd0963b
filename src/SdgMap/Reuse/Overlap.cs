namespace SdgMap.Reuse;

/// <summary>Set overlap of sorted distinct shingle keys; the one place Jaccard is computed, so every path agrees to the bit.</summary>
internal static class Overlap
{
    public static double Jaccard(int shared, int sizeA, int sizeB) =>
        shared == 0 ? 0 : (double)shared / (sizeA + sizeB - shared);

    public static int Count(ReadOnlySpan<int> a, ReadOnlySpan<int> b) => Merge(a, b, needed: 0);

    /// <summary>A lower bound on the shared count of two sets whose sizes add up to <paramref name="totalSize"/> with Jaccard ≥ <paramref name="threshold"/>.</summary>
    /// <remarks>
    /// J ≥ t ⇔ shared ≥ t(|A| + |B|)/(1 + t); one short of that absorbs rounding, and the final decision is
    /// always the same double comparison <see cref="Jaccard"/> makes.
    /// </remarks>
    public static int SharedNeeded(int totalSize, double threshold) =>
        Math.Max(0, (int)Math.Ceiling(threshold * totalSize / (1 + threshold)) - 1);

    /// <summary>
    /// The shared count when the pair can reach <paramref name="threshold"/>, else -1 — stopping as soon
    /// as what is left of the shorter side cannot make up the overlap needed.
    /// </summary>
    public static int CountIfSimilar(ReadOnlySpan<int> a, ReadOnlySpan<int> b, double threshold)
    {
        // J ≤ min/max, and correctly rounded division is monotone, so this never drops a pair Jaccard keeps.
        if (a.IsEmpty || b.IsEmpty || (double)Math.Min(a.Length, b.Length) / Math.Max(a.Length, b.Length) < threshold)
        {
            return -1;
        }

        var shared = Merge(a, b, SharedNeeded(a.Length + b.Length, threshold));
        return shared >= 0 && Jaccard(shared, a.Length, b.Length) >= threshold ? shared : -1;
    }

    /// <summary>The shared count of two sorted sets, or -1 once what is left of the shorter side cannot bring it to <paramref name="needed"/>.</summary>
    private static int Merge(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int needed)
    {
        var shared = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (shared + Math.Min(a.Length - i, b.Length - j) < needed)
            {
                return -1;
            }

            var x = a[i];
            var y = b[j];
            if (x == y)
            {
                shared++;
                i++;
                j++;
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
