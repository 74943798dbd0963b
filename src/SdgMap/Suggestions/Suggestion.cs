using SdgMap.Catalog;
using SdgMap.Collections;
using SdgMap.Graph;
using SdgMap.Model;

namespace SdgMap.Suggestions;

/// <summary>One suggested link: an element, the SDG goal or target (or taxonomy term) proposed for it, how sure, how found, and why.</summary>
public sealed record Suggestion
{
    /// <summary>The element.</summary>
    public required ElementNode Element { get; init; }

    /// <summary>The element's code normalised (<see cref="ElementCode.Normalize"/>); its id where it prints none.</summary>
    public required string Code { get; init; }

    /// <summary>The element's title as printed (or what <see cref="PlanElement.DisplayTitle"/> says of a lost one).</summary>
    public required string Title { get; init; }

    /// <summary>The goal or target proposed; <see langword="null"/> for a tag suggestion.</summary>
    public SdgId? Sdg { get; init; }

    /// <summary>The taxonomy term proposed; <see langword="null"/> for an SDG suggestion.</summary>
    public Tag? Tag { get; init; }

    /// <summary>How sure, 0 to 1 (1 for an explicit mention).</summary>
    public required double Score { get; init; }

    /// <summary>How it was found (the strongest piece of evidence's method).</summary>
    public required SuggestionMethod Method { get; init; }

    /// <summary>The passages of text and what each matched, strongest first.</summary>
    public required IReadOnlyList<SuggestionEvidence> Evidence { get; init => field = ValueList.From(value); }
}
