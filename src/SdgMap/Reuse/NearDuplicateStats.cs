namespace SdgMap.Reuse;

/// <summary>What building a <see cref="NearDuplicateIndex"/> did.</summary>
internal sealed record NearDuplicateStats
{
    /// <summary>The number of texts indexed.</summary>
    public required int Texts { get; init; }

    /// <summary>Texts that normalise to nothing (punctuation or white space only); they match nothing.</summary>
    public required int EmptyTexts { get; init; }

    /// <summary>Distinct non-empty normalised texts: the ones hashed.</summary>
    public required int DistinctTexts { get; init; }

    /// <summary>Groups of two or more texts with the same normalised text.</summary>
    public required int ExactDuplicateGroups { get; init; }

    /// <summary>The banding used.</summary>
    public required LshBands Banding { get; init; }

    /// <summary>Pairs of distinct texts that shared an uncapped bucket, summed over bands (a pair sharing two bands counts twice).</summary>
    public required long CandidatePairs { get; init; }

    /// <summary>
    /// Distinct candidate pairs that exact bounds on set size and a parity sketch could not rule out, and
    /// that were therefore verified by exact Jaccard (each pair once).
    /// </summary>
    public required long VerifiedPairs { get; init; }

    /// <summary>Candidate pairs whose exact Jaccard reached the threshold.</summary>
    public required long SimilarDistinctPairs { get; init; }

    /// <summary>Buckets over <see cref="NearDuplicateOptions.MaxBucketSize"/> that gave no candidates.</summary>
    public required int CappedBuckets { get; init; }

    /// <summary>The number of texts in the largest bucket of any band.</summary>
    public required int LargestBucket { get; init; }
}
