namespace SdgMap.Reuse;

/// <summary>
/// The exhaustive reference: Jaccard of every pair of texts, O(n²). For measuring the recall of
/// <see cref="NearDuplicateIndex"/> on a sample of a few thousand texts, not for the national view.
/// </summary>
internal static class ExactJaccard
{
    /// <summary>Every pair of texts whose shingle sets have Jaccard ≥ <paramref name="threshold"/>, ordered by A then B.</summary>
    /// <remarks>Eager and parallel; normalises and shingles exactly as <see cref="NearDuplicateIndex"/> does, so scores agree to the bit.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is outside (0, 1].</exception>
    public static IReadOnlyList<SimilarPair> AllPairs(IReadOnlyList<string> texts, double threshold)
    {
        ArgumentNullException.ThrowIfNull(texts);
        LshBanding.CheckSimilarity(threshold, nameof(threshold));
        var shingles = new int[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            shingles[i] = ReuseText.Shingles(texts[i] ?? throw new ArgumentException($"Text {i} is null.", nameof(texts)));
        }

        var rows = new List<SimilarPair>[texts.Count];
        Parallel.For(0, texts.Count, a =>
        {
            var row = new List<SimilarPair>();
            for (var b = a + 1; b < shingles.Length; b++)
            {
                var shared = Overlap.Count(shingles[a], shingles[b]);
                var jaccard = Overlap.Jaccard(shared, shingles[a].Length, shingles[b].Length);
                if (jaccard >= threshold)
                {
                    row.Add(new SimilarPair(a, b, jaccard, shared));
                }
            }

            rows[a] = row;
        });
        return [.. rows.SelectMany(r => r)];
    }
}
