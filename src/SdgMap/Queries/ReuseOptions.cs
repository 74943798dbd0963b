namespace SdgMap.Queries;

/// <summary>Which kinds of reuse <see cref="ReuseQueries.Reuse"/> looks for.</summary>
public sealed record ReuseOptions
{
    /// <summary>Every kind.</summary>
    public static ReuseOptions Default { get; } = new();

    /// <summary>Whether to list explicit reuse: referenced elements and reposted KPIs.</summary>
    public bool Explicit { get; init; } = true;

    /// <summary>Whether to list elements under different parents that declare the same SDG targets.</summary>
    public bool SharedTargets { get; init; } = true;

    /// <summary>Only elements of this level (name or depth) take part in shared-target reuse.</summary>
    public string? Level { get; init; }
}
