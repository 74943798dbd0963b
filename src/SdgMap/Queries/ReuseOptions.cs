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

    /// <summary>The least character 2-gram Jaccard similarity of two texts to count as near-identical, in (0, 1].</summary>
    public double MinSimilarity { get; init; } = 0.7;

    /// <summary>Whether textual reuse compares title and description joined; by default titles only.</summary>
    public bool IncludeDescriptions { get; init; }

    /// <summary>Only elements of this level (name or depth) take part in shared-target and textual reuse.</summary>
    public string? Level { get; init; }
}
