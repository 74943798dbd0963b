namespace SdgMap.Reuse;

/// <summary>Recall for the true pairs at or above one similarity.</summary>
internal sealed record RecallBand
{
    /// <summary>The least exact Jaccard of the true pairs counted.</summary>
    public required double MinSimilarity { get; init; }

    /// <summary>True pairs with Jaccard ≥ <see cref="MinSimilarity"/>.</summary>
    public required int TruePairs { get; init; }

    /// <summary>Of those, how many were found.</summary>
    public required int FoundPairs { get; init; }

    /// <summary><see cref="FoundPairs"/> / <see cref="TruePairs"/>; 1 when there are no true pairs.</summary>
    public double Recall => TruePairs == 0 ? 1 : (double)FoundPairs / TruePairs;
}
