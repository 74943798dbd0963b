using SdgMap.Catalog;
using SdgMap.Model;

namespace SdgMap.Suggestions;

/// <summary>A reviewer's verdict on one suggestion.</summary>
public enum ReviewVerdict
{
    /// <summary>The suggestion becomes a declared link (○).</summary>
    Accept,

    /// <summary>The suggestion is dropped and not made again for the element (×).</summary>
    Reject,
}

/// <summary>One decision to apply to a plan: which element, which SDG or tag, accept or reject, and who decided when.</summary>
public sealed record SuggestionDecision
{
    /// <summary>The element's id.</summary>
    public required string Element { get; init; }

    /// <summary>The goal or target; <see langword="null"/> for a tag.</summary>
    public SdgId? Sdg { get; init; }

    /// <summary>The taxonomy term; <see langword="null"/> for an SDG.</summary>
    public Tag? Tag { get; init; }

    /// <summary>Accept or reject.</summary>
    public required ReviewVerdict Verdict { get; init; }

    /// <summary>Who decided.</summary>
    public string? By { get; init; }

    /// <summary>When, as an ISO date.</summary>
    public string? On { get; init; }

    /// <summary>A remark.</summary>
    public string? Note { get; init; }
}
