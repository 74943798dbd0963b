using SdgMap.Catalog;
using SdgMap.Collections;
using SdgMap.Graph;
using SdgMap.Model;

namespace SdgMap.Queries;

/// <summary>Whether one plan (or the whole scope) covers one SDG goal or target, and through which elements.</summary>
public sealed record SdgCoverage
{
    /// <summary>The plan's id, or <see cref="CoverageQueries.AllPlans"/> for coverage across every plan in scope.</summary>
    public required string Plan { get; init; }

    /// <summary>The goal (<c>16</c>) or target (<c>16.6</c>).</summary>
    public required SdgId Sdg { get; init; }

    /// <summary>Whether any element in scope covers it.</summary>
    public required bool Covered { get; init; }

    /// <summary>How many elements cover it.</summary>
    public required int Count { get; init; }

    /// <summary>The covering elements, plans ordered by id and each plan's in plan order.</summary>
    public required IReadOnlyList<ElementRef> Elements { get; init => field = ValueList.From(value); }

    /// <summary>Those of <see cref="Elements"/> that cover it only through a descendant's link (rolled up).</summary>
    public required IReadOnlyList<ElementRef> RolledUp { get; init => field = ValueList.From(value); }

    /// <summary>Those of <see cref="Elements"/> that cover it only through links a tool suggested.</summary>
    public required IReadOnlyList<ElementRef> SuggestedOnly { get; init => field = ValueList.From(value); }
}
