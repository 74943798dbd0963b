using SdgMap.Collections;
using SdgMap.Model;

namespace SdgMap.Queries;

/// <summary>Work that appears in more than one place: the same element referenced twice, a KPI listed again, the same targets served from different places, the same or nearly the same text.</summary>
public sealed record ReuseGroup
{
    /// <summary>The group's number, 1-based, in the order groups are listed.</summary>
    public required int Group { get; init; }

    /// <summary>The kind of reuse; one of the <see cref="ReuseKinds"/> constants.</summary>
    public required string Kind { get; init; }

    /// <summary>How alike the members are, 0 to 1: 1 for explicit reuse, identical target sets and identical texts; for similar texts the lowest verified Jaccard similarity that joins the group.</summary>
    public required double Score { get; init; }

    /// <summary>The members, ordered by plan and plan order.</summary>
    public required IReadOnlyList<ReuseMember> Elements { get; init => field = ValueList.From(value); }

    /// <summary>What the members share: the referencing elements or themes, the KPI's name, the targets, or the first member's normalised text.</summary>
    public required string Matched { get; init; }
}

/// <summary>A member of a <see cref="ReuseGroup"/>.</summary>
public sealed record ReuseMember
{
    /// <summary>The plan's id.</summary>
    public required string Plan { get; init; }

    /// <summary>The element's normalised code (its id where it prints none, or prints one not unique in the plan).</summary>
    public required string Code { get; init; }

    /// <summary>The element's title as printed.</summary>
    public required string Title { get; init; }

    /// <summary>A short form for tables: <c>plan:code 「title」</c>.</summary>
    public override string ToString() => $"{Plan}:{Code}「{Title}」";
}

/// <summary>The kinds of <see cref="ReuseGroup"/>.</summary>
public static class ReuseKinds
{
    /// <summary>One element referenced from several elements or listed under several theme terms.</summary>
    public const string Referenced = "referenced";

    /// <summary>A KPI listed again as 【再掲】 under other elements.</summary>
    public const string RepostedKpi = "reposted-kpi";

    /// <summary>Elements under different parents or plans that declare exactly the same SDG targets.</summary>
    public const string SharedTargets = "shared-targets";

    /// <summary>Elements whose texts are identical after normalisation.</summary>
    public const string IdenticalText = "identical-text";

    /// <summary>Elements whose texts are near-identical (character 2-gram Jaccard at or above the threshold).</summary>
    public const string SimilarText = "similar-text";

    /// <summary>Every kind, in the order groups are listed.</summary>
    public static IReadOnlyList<string> All { get; } = [Referenced, RepostedKpi, SharedTargets, IdenticalText, SimilarText];
}
