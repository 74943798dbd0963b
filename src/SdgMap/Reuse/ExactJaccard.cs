namespace SdgMap.Reuse;

/// <summary>The reference for measuring <see cref="NearDuplicateIndex"/>: every pair compared, quadratic, for samples only.</summary>
public static class ExactJaccard
{
    /// <summary>
    /// Every pair of distinct normalised texts with 2-gram Jaccard ≥ <paramref name="threshold"/>,
    /// named by the first text of each form as in <see cref="NearDuplicateIndex.Pairs"/>, ordered by A then B.
    /// </summary>
    public static IReadOnlyList<SimilarPair> AllPairs(IReadOnlyList<string> texts, double threshold)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<(int Index, ulong[] Shingles)>();
        for (var i = 0; i < texts.Count; i++)
        {
            var normalized = ReuseText.Normalize(texts[i] ?? string.Empty);
            if (normalized.Length > 0 && seen.Add(normalized))
            {
                distinct.Add((i, ReuseText.Shingles(normalized)));
            }
        }

        var pairs = new List<SimilarPair>();
        for (var x = 0; x < distinct.Count; x++)
        {
            for (var y = x + 1; y < distinct.Count; y++)
            {
                var shared = ReuseText.SharedCount(distinct[x].Shingles, distinct[y].Shingles);
                var jaccard = (double)shared / (distinct[x].Shingles.Length + distinct[y].Shingles.Length - shared);
                if (jaccard >= threshold)
                {
                    pairs.Add(new SimilarPair(distinct[x].Index, distinct[y].Index, jaccard, shared));
                }
            }
        }

        return pairs;
    }

    /// <summary>The share of <paramref name="truth"/> pairs with Jaccard ≥ <paramref name="atLeast"/> that <paramref name="found"/> also holds (1 when there are none).</summary>
    public static double Recall(IReadOnlyList<SimilarPair> found, IReadOnlyList<SimilarPair> truth, double atLeast)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(truth);
        var got = found.Select(p => (p.A, p.B)).ToHashSet();
        var wanted = truth.Where(p => p.Jaccard >= atLeast).ToList();
        return wanted.Count == 0 ? 1 : (double)wanted.Count(p => got.Contains((p.A, p.B))) / wanted.Count;
    }
}
