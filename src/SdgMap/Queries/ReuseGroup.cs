using SdgMap.Collections;
using SdgMap.Graph;
using SdgMap.Model;

namespace SdgMap.Queries;

/// <summary>Work that appears in more than one place: the same element referenced twice, a KPI listed again, the same targets served from different places, the same or nearly the same text.</summary>
public sealed record ReuseGroup
{
    /// <summary>The group's number, 1-based, in the order groups are listed.</summary>
    public required int Group { get; init; }

    /// <summary>The kind of reuse.</summary>
    public required ReuseKind Kind { get; init; }

    /// <summary>How alike the members are, 0 to 1: 1 for explicit reuse, identical target sets and identical texts; for similar texts the lowest verified Jaccard similarity that joins the group.</summary>
    public required double Score { get; init; }

    /// <summary>The members, ordered by plan and plan order.</summary>
    public required IReadOnlyList<ElementRef> Elements { get; init => field = ValueList.From(value); }

    /// <summary>What the members share: the referencing elements or themes, the KPI's name, the targets, or the first member's normalised text.</summary>
    public required string Matched { get; init; }
}

/// <summary>The kinds of <see cref="ReuseGroup"/>, in the order groups are listed.</summary>
public enum ReuseKind
{
    /// <summary>One element referenced from several elements or listed under several theme terms.</summary>
    Referenced,

    /// <summary>A KPI listed again as 【再掲】 under other elements.</summary>
    RepostedKpi,

    /// <summary>Elements under different parents or plans that declare exactly the same SDG targets.</summary>
    SharedTargets,

    /// <summary>Elements whose texts are identical after normalisation.</summary>
    IdenticalText,

    /// <summary>Elements whose texts are near-identical (character 2-gram Jaccard at or above the threshold).</summary>
    SimilarText,
}
