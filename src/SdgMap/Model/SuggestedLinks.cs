using SdgMap.Catalog;
using SdgMap.Collections;

namespace SdgMap.Model;

/// <summary>Links a tool proposed for an element; they count only when a query asks for them.</summary>
public sealed record SuggestedLinks
{
    /// <summary>Proposed SDG goals and targets.</summary>
    public IReadOnlyList<SuggestedSdgLink> Sdg { get; init => field = ValueList.From(value); } = ValueList.Empty<SuggestedSdgLink>();

    /// <summary>Proposed taxonomy terms.</summary>
    public IReadOnlyList<SuggestedTag> Tags { get; init => field = ValueList.From(value); } = ValueList.Empty<SuggestedTag>();
}

/// <summary>An SDG goal or target a tool proposed.</summary>
public sealed record SuggestedSdgLink
{
    /// <summary>The proposed goal or target.</summary>
    public required SdgId Id { get; init; }

    /// <summary>The tool or person that proposed it.</summary>
    public string? By { get; init; }

    /// <summary>The proposer's confidence, 0 to 1.</summary>
    public double? Confidence { get; init; }

    /// <summary>How the proposer found it (<c>mention</c>, <c>lexicon</c>, <c>target-text</c>, <c>neighbours</c>, <c>rolled-up</c> for SdgMap's suggester).</summary>
    public string? Method { get; init; }

    /// <summary>What in the element's text (or its parent's or children's) made the proposer say so.</summary>
    public IReadOnlyList<SuggestionEvidence> Evidence { get; init => field = ValueList.From(value); } = ValueList.Empty<SuggestionEvidence>();
}

/// <summary>A taxonomy term a tool proposed.</summary>
public sealed record SuggestedTag
{
    /// <summary>The proposed term.</summary>
    public required Tag Tag { get; init; }

    /// <summary>The tool or person that proposed it.</summary>
    public string? By { get; init; }

    /// <summary>The proposer's confidence, 0 to 1.</summary>
    public double? Confidence { get; init; }

    /// <summary>How the proposer found it.</summary>
    public string? Method { get; init; }

    /// <summary>What in the element's text made the proposer say so.</summary>
    public IReadOnlyList<SuggestionEvidence> Evidence { get; init => field = ValueList.From(value); } = ValueList.Empty<SuggestionEvidence>();
}
