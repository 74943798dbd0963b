namespace SdgMap.Queries;

/// <summary>What <see cref="GapQueries.Gaps"/> looks for beyond its defaults.</summary>
public sealed record GapOptions
{
    /// <summary>The defaults: uncovered goals and targets, missing SDG links at the levels where the plan declares links, unused terms, KPI gaps.</summary>
    public static GapOptions Default { get; } = new();

    /// <summary>Only goals or only targets in uncovered-SDG gaps; <see langword="null"/> for both.</summary>
    public SdgLevel? By { get; init; }

    /// <summary>
    /// The level (name or depth) whose elements must carry an SDG link; <see langword="null"/> checks
    /// every level at which the plan's source links (or marked, and lost) SDGs at least once.
    /// Setting it also reports goals covered at that level only through descendants.
    /// </summary>
    public string? Level { get; init; }

    /// <summary>Taxonomies (<c>care</c>, <c>reform</c>) every element at the checked level must carry a term of.</summary>
    public IReadOnlyList<string> RequiredTaxonomies { get; init; } = [];

    /// <summary>
    /// Only these kinds of gap; <see langword="null"/> for all. Asking for fewer kinds skips the
    /// work of the others.
    /// </summary>
    public IReadOnlyList<GapKind>? Kinds { get; init; }

    /// <summary>Whether uncovered SDGs are also reported for all plans in scope together (plan <see cref="CoverageQueries.AllPlans"/>).</summary>
    public bool AcrossPlans { get; init; }
}
