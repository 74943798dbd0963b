namespace SdgMap.Reuse;

/// <summary>Measures how many of the true similar pairs an approximate search found.</summary>
internal static class NearDuplicateRecall
{
    /// <summary>
    /// Recall = |found ∩ true| / |true| for the true pairs at or above each similarity in
    /// <paramref name="minSimilarities"/> (for example 0.7 and 0.8). Pairs are matched by (A, B).
    /// </summary>
    /// <param name="found">What the search returned, such as <see cref="NearDuplicateIndex.Pairs"/>.</param>
    /// <param name="truth">All true pairs, such as <see cref="ExactJaccard.AllPairs"/> at the same or a lower threshold.</param>
    /// <param name="minSimilarities">The similarity bands to report, one result each, in the order given.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<RecallBand> Measure(IReadOnlyList<SimilarPair> found, IReadOnlyList<SimilarPair> truth, IReadOnlyList<double> minSimilarities)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(minSimilarities);
        var foundKeys = found.Select(p => (p.A, p.B)).ToHashSet();
        return [.. minSimilarities.Select(min =>
        {
            var relevant = truth.Where(p => p.Jaccard >= min).ToList();
            return new RecallBand
            {
                MinSimilarity = min,
                TruePairs = relevant.Count,
                FoundPairs = relevant.Count(p => foundKeys.Contains((p.A, p.B))),
            };
        })];
    }
}
