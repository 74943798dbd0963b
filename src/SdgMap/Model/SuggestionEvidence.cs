namespace SdgMap.Model;

/// <summary>
/// One piece of evidence for a suggested link: a passage of an element's text and what it
/// matched, so a reviewer can check the suggestion at a glance.
/// </summary>
public sealed record SuggestionEvidence
{
    /// <summary>
    /// Which text of the element holds the passage: <c>title</c>, <c>targetState</c>,
    /// <c>description</c>, <c>sections[2]</c> or <c>kpis[0]</c> (the KPI's name), indexed from 0.
    /// </summary>
    public required string Field { get; init; }

    /// <summary>
    /// The id of the element whose text it is when that is not the suggested element itself:
    /// its parent or an ancestor (context) or a child (for a policy).
    /// </summary>
    public string? Element { get; init; }

    /// <summary>Where the passage starts in the field's text, in UTF-16 code units from 0 (left out of plan files when 0).</summary>
    public int Start { get; init; }

    /// <summary>The passage's length in UTF-16 code units (left out of plan files when 0).</summary>
    public int Length { get; init; }

    /// <summary>The passage as the text prints it.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// What the passage matched: a lexicon entry (<c>lexicon sdg/11.tsv:42 防災|減災</c>), an explicit
    /// mention (<c>mention</c>), or a labelled element elsewhere (<c>plan-id#7-1 地域コミュニティ…</c>).
    /// </summary>
    public required string Matched { get; init; }
}
