namespace SdgMap.Reuse;

/// <summary>How <see cref="NearDuplicateIndex.Build"/> finds near-duplicates.</summary>
/// <remarks>
/// The defaults suit the national view (about a million titles and descriptions): threshold 0.7,
/// a budget of 128 MinHash values banded by <see cref="LshBanding.Choose"/> (17 bands × 4 rows),
/// buckets capped at 1,000 texts.
/// </remarks>
internal sealed record NearDuplicateOptions
{
    /// <summary>The default seed of the hash functions.</summary>
    public const ulong DefaultSeed = 0x5D6_3A9_2026_0701UL;

    /// <summary>The least Jaccard similarity of a pair to report, in (0, 1]. Default 0.7.</summary>
    public double Threshold
    {
        get;
        init
        {
            LshBanding.CheckSimilarity(value, nameof(Threshold));
            field = value;
        }
    } = 0.7;

    /// <summary>The most MinHash values per text; the banding uses b·r of them. Default 128.</summary>
    public int HashCount
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(HashCount));
            field = value;
        }
    } = 128;

    /// <summary>The least probability that a pair exactly at the threshold becomes a candidate, in (0, 1). Default 0.99.</summary>
    public double MinProbabilityAtThreshold
    {
        get;
        init
        {
            if (!(value is > 0 and < 1))
            {
                throw new ArgumentOutOfRangeException(nameof(MinProbabilityAtThreshold), value, "The probability must be in (0, 1).");
            }

            field = value;
        }
    } = LshBanding.DefaultMinProbability;

    /// <summary>
    /// A banding to use instead of the chosen one; its b·r must not exceed <see cref="HashCount"/>.
    /// Null (the default) lets <see cref="LshBanding.Choose"/> pick from the threshold.
    /// </summary>
    public LshBands? Banding { get; init; }

    /// <summary>
    /// The most distinct texts a bucket may hold and still produce candidates, at least 2. Default 1,000.
    /// </summary>
    /// <remarks>
    /// A bucket is the set of texts that agree on one band. A larger bucket (boilerplate that many plans
    /// vary slightly) would give quadratically many candidates, so it gives none; its texts still meet
    /// through their other bands, and <see cref="NearDuplicateStats.CappedBuckets"/> counts how many
    /// buckets were skipped. Exact duplicates never fill buckets: they are grouped before hashing.
    /// </remarks>
    public int MaxBucketSize
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 2, nameof(MaxBucketSize));
            field = value;
        }
    } = 1000;

    /// <summary>The seed of the hash functions; the same seed and texts give the same results.</summary>
    public ulong Seed { get; init; } = DefaultSeed;

    /// <summary>The banding these options lead to.</summary>
    /// <exception cref="ArgumentException"><see cref="Banding"/> is set but invalid or larger than <see cref="HashCount"/>, or no banding reaches the probability.</exception>
    public LshBands ResolveBanding()
    {
        if (Banding is not { } banding)
        {
            return LshBanding.Choose(Threshold, HashCount, MinProbabilityAtThreshold);
        }

        if (banding.Bands < 1 || banding.Rows < 1 || (long)banding.Bands * banding.Rows > HashCount)
        {
            throw new ArgumentException($"The banding {banding} needs 1 ≤ b, 1 ≤ r and b·r ≤ HashCount ({HashCount}).", nameof(Banding));
        }

        return banding;
    }
}
