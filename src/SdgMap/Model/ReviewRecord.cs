using SdgMap.Catalog;
using SdgMap.Collections;

namespace SdgMap.Model;

/// <summary>What reviewers decided about suggestions for an element: accepted links (now declared) and rejected ones (not suggested again).</summary>
public sealed record ReviewRecord
{
    /// <summary>Suggestions a reviewer accepted; each is also in the element's declared links or tags.</summary>
    public IReadOnlyList<ReviewDecision> Accepted { get; init => field = ValueList.From(value); } = ValueList.Empty<ReviewDecision>();

    /// <summary>Suggestions a reviewer rejected; the suggester does not propose them again for this element.</summary>
    public IReadOnlyList<ReviewDecision> Rejected { get; init => field = ValueList.From(value); } = ValueList.Empty<ReviewDecision>();
}

/// <summary>One reviewer's decision on one suggested SDG goal, target or taxonomy term.</summary>
public sealed record ReviewDecision
{
    /// <summary>The goal or target decided on; <see langword="null"/> when the decision is about a tag.</summary>
    public SdgId? Sdg { get; init; }

    /// <summary>The taxonomy term decided on; <see langword="null"/> when the decision is about an SDG.</summary>
    public Tag? Tag { get; init; }

    /// <summary>Who decided, as the review table or the command line names them.</summary>
    public string? By { get; init; }

    /// <summary>When, as an ISO date (<c>2026-12-01</c>).</summary>
    public string? On { get; init; }

    /// <summary>A reviewer's remark.</summary>
    public string? Note { get; init; }
}
