namespace SdgMap.Reuse;

/// <summary>How <see cref="NearDuplicateIndex"/> finds near-identical texts.</summary>
public sealed record NearDuplicateOptions
{
    /// <summary>The defaults: Jaccard ≥ 0.7, 128 hashes, banding from the S-curve, buckets capped at 1,000 texts.</summary>
    public static NearDuplicateOptions Default { get; } = new();

    /// <summary>The least 2-gram Jaccard similarity of a reported pair, in (0, 1].</summary>
    public double Threshold { get; init; } = 0.7;

    /// <summary>The MinHash signature length.</summary>
    public int HashCount { get; init; } = 128;

    /// <summary>The least probability that a pair exactly at the threshold becomes a candidate; bands and rows are chosen from it (<see cref="LshBanding.Choose"/>).</summary>
    public double MinProbabilityAtThreshold { get; init; } = 0.99;

    /// <summary>
    /// The most distinct texts one band bucket may hold before it is skipped: a phrase repeated in
    /// thousands of plans would otherwise make candidate generation quadratic. Skipped buckets are
    /// counted in <see cref="NearDuplicateStats.CappedBuckets"/>; identical texts are grouped before
    /// hashing and never reach a bucket.
    /// </summary>
    public int MaxBucketSize { get; init; } = 1000;

    /// <summary>The seed of the hash functions; the same seed gives the same results.</summary>
    public ulong Seed { get; init; } = 0x5D6_3A9_2026;
}

/// <summary>What a <see cref="NearDuplicateIndex"/> did.</summary>
public sealed record NearDuplicateStats
{
    /// <summary>Texts indexed.</summary>
    public required int Texts { get; init; }

    /// <summary>Distinct normalised texts (non-empty) that were hashed.</summary>
    public required int DistinctTexts { get; init; }

    /// <summary>Bands and rows used.</summary>
    public required int Bands { get; init; }

    /// <summary>Rows per band.</summary>
    public required int Rows { get; init; }

    /// <summary>Candidate pairs verified by exact Jaccard.</summary>
    public required long Candidates { get; init; }

    /// <summary>Candidates at or above the threshold.</summary>
    public required int Verified { get; init; }

    /// <summary>Band buckets skipped for holding more than <see cref="NearDuplicateOptions.MaxBucketSize"/> texts.</summary>
    public required int CappedBuckets { get; init; }
}

/// <summary>Two texts found near-identical, by their indices (<see cref="A"/> &lt; <see cref="B"/>).</summary>
/// <param name="A">The first text's index.</param>
/// <param name="B">The second text's index.</param>
/// <param name="Jaccard">The exact Jaccard similarity of their 2-gram sets.</param>
/// <param name="SharedShingles">How many 2-grams they share.</param>
public readonly record struct SimilarPair(int A, int B, double Jaccard, int SharedShingles);
