using SdgMap.Collections;
using SdgMap.Model;

namespace SdgMap.Queries;

/// <summary>One goal or target compared between two plans.</summary>
public sealed record CoverageComparison
{
    /// <summary>The goal or target.</summary>
    public required string Sdg { get; init; }

    /// <summary><c>both</c>, <c>only-a</c>, <c>only-b</c> or <c>neither</c>.</summary>
    public required string Difference { get; init; }

    /// <summary>The first plan's id.</summary>
    public required string PlanA { get; init; }

    /// <summary>How many elements of the first plan cover it.</summary>
    public required int CountA { get; init; }

    /// <summary>Those elements' codes.</summary>
    public required IReadOnlyList<string> ElementsA { get; init => field = ValueList.From(value); }

    /// <summary>The second plan's id.</summary>
    public required string PlanB { get; init; }

    /// <summary>How many elements of the second plan cover it.</summary>
    public required int CountB { get; init; }

    /// <summary>Those elements' codes.</summary>
    public required IReadOnlyList<string> ElementsB { get; init => field = ValueList.From(value); }
}
