namespace SdgMap.Queries;

/// <summary>Which kinds of reuse <see cref="ReuseQueries.Reuse"/> looks for, and how alike texts must be.</summary>
public sealed record ReuseOptions
{
    /// <summary>Every kind, texts at Jaccard ≥ 0.7.</summary>
    public static ReuseOptions Default { get; } = new();

    /// <summary>Whether to list explicit reuse: referenced elements and reposted KPIs.</summary>
    public bool Explicit { get; init; } = true;

    /// <summary>Whether to list elements under different parents that declare the same SDG targets.</summary>
    public bool SharedTargets { get; init; } = true;

    /// <summary>Whether to list identical and near-identical texts.</summary>
    public bool Textual { get; init; } = true;

    /// <summary>
    /// The lowest <see cref="MinSimilarity"/> the near-duplicate search supports: below it no banding
    /// of the 128 MinHash values catches a pair at the threshold with probability 0.99
    /// (<see cref="Reuse.LshBanding.Choose"/>).
    /// </summary>
    public const double LowestMinSimilarity = 0.04;

    /// <summary>The least character 2-gram Jaccard similarity of two texts to count as near-identical, from <see cref="LowestMinSimilarity"/> to 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [<see cref="LowestMinSimilarity"/>, 1].</exception>
    public double MinSimilarity
    {
        get;
        init => field = value is >= LowestMinSimilarity and <= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MinSimilarity), value, $"The least similarity must be from {LowestMinSimilarity} to 1: below {LowestMinSimilarity} no banding of 128 MinHash values finds pairs reliably.");
    } = 0.7;

    /// <summary>Whether textual reuse compares title and description joined; by default titles only.</summary>
    public bool IncludeDescriptions { get; init; }

    /// <summary>Only elements of this level (name or depth) take part in shared-target and textual reuse.</summary>
    public string? Level { get; init; }
}
