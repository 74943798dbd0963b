using SdgMap.Catalog;
using SdgMap.Model;

namespace SdgMap.Graph;

/// <summary>An element's link to an SDG goal or target, with where it comes from.</summary>
public sealed record SdgLink
{
    /// <summary>The goal or target.</summary>
    public required SdgId Sdg { get; init; }

    /// <summary>Declared on the element, inherited from an ancestor, or suggested by a tool.</summary>
    public required LinkProvenance Provenance { get; init; }

    /// <summary>The element that carries the link: the element itself, or for an inherited link the ancestor that declares it.</summary>
    public required ElementNode From { get; init; }

    /// <summary>
    /// For a suggested link, the suggestion as the plan holds it: who or what suggested it, the
    /// score, the method and the evidence. <see langword="null"/> for declared and inherited links.
    /// </summary>
    public SuggestedSdgLink? Suggestion { get; init; }
}
