using SdgMap.Catalog;
using SdgMap.Collections;
using SdgMap.Graph;
using SdgMap.Model;

namespace SdgMap.Queries;

/// <summary>One goal or target compared between two plans.</summary>
public sealed record CoverageComparison
{
    /// <summary>The goal or target.</summary>
    public required SdgId Sdg { get; init; }

    /// <summary>Which of the two plans cover it.</summary>
    public required CoverageDifference Difference { get; init; }

    /// <summary>The first plan's id.</summary>
    public required string PlanA { get; init; }

    /// <summary>How many elements of the first plan cover it.</summary>
    public required int CountA { get; init; }

    /// <summary>Those elements, in plan order.</summary>
    public required IReadOnlyList<ElementRef> ElementsA { get; init => field = ValueList.From(value); }

    /// <summary>The second plan's id.</summary>
    public required string PlanB { get; init; }

    /// <summary>How many elements of the second plan cover it.</summary>
    public required int CountB { get; init; }

    /// <summary>Those elements, in plan order.</summary>
    public required IReadOnlyList<ElementRef> ElementsB { get; init => field = ValueList.From(value); }
}

/// <summary>Which of two compared plans cover a goal or target.</summary>
public enum CoverageDifference
{
    /// <summary>Both plans cover it.</summary>
    Both,

    /// <summary>Only the first plan covers it.</summary>
    OnlyA,

    /// <summary>Only the second plan covers it.</summary>
    OnlyB,

    /// <summary>Neither plan covers it.</summary>
    Neither,
}
