using SdgMap.Reuse;

namespace SdgMap.Benchmarks.NearDuplicates;

/// <summary>
/// Exact ground truth on a random sample of texts: every sampled pair with Jaccard at or above the
/// threshold, named by the texts' indices in the whole list. The sample keeps the all-pairs reference
/// affordable when the list is a million texts long.
/// </summary>
internal sealed record SampleTruth
{
    /// <summary>The sampled text indices, ascending.</summary>
    public required IReadOnlyList<int> Sample { get; init; }

    /// <summary>The true pairs among the sample, A &lt; B.</summary>
    public required IReadOnlyList<SimilarPair> Pairs { get; init; }

    /// <summary>Samples <paramref name="size"/> texts (all when there are fewer) and compares every pair of them.</summary>
    public static SampleTruth Compute(IReadOnlyList<string> texts, int size, double threshold, int seed = 2026)
    {
        var sample = Enumerable.Range(0, texts.Count).ToArray();
        new Random(seed).Shuffle(sample);
        sample = sample[..Math.Min(size, sample.Length)];
        Array.Sort(sample);
        var local = ExactJaccard.AllPairs([.. sample.Select(i => texts[i])], threshold);
        return new SampleTruth { Sample = sample, Pairs = [.. local.Select(p => p with { A = sample[p.A], B = sample[p.B] })] };
    }

    /// <summary>How a search's pairs compare with the truth, counting only pairs with both texts in the sample.</summary>
    public SampleScore Score(IEnumerable<(int A, int B)> found)
    {
        var inSample = Sample.ToHashSet();
        var here = found
            .Where(p => inSample.Contains(p.A) && inSample.Contains(p.B))
            .Select(p => p.A < p.B ? p : (A: p.B, B: p.A))
            .ToHashSet();
        var truth = Pairs.Select(p => (p.A, p.B)).ToHashSet();
        var recall = NearDuplicateRecall.Measure([.. here.Select(p => new SimilarPair(p.A, p.B, 0, 0))], Pairs, [0.7, 0.8]);
        return new SampleScore
        {
            SampleSize = Sample.Count,
            TruePairs = Pairs.Count,
            FoundPairs = here.Count,
            FalsePairs = here.Count(p => !truth.Contains(p)),
            RecallAt07 = recall[0].Recall,
            RecallAt08 = recall[1].Recall,
        };
    }
}
