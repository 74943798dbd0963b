using SdgMap.Collections;

namespace SdgMap.Model;

/// <summary>A set of cross-cutting terms elements can be tagged with (行革の視点, 地域包括ケア …).</summary>
public sealed record Taxonomy
{
    /// <summary>The taxonomy's id: <c>care</c> for the built-in one, an ASCII slug for a plan's own.</summary>
    public required string Id { get; init; }

    /// <summary>The taxonomy's name as the source prints it.</summary>
    public required string Name { get; init; }

    /// <summary>What the taxonomy is for.</summary>
    public string? Description { get; init; }

    /// <summary>The terms, in source order.</summary>
    public required IReadOnlyList<TaxonomyTerm> Terms { get; init => field = ValueList.From(value); }
}

/// <summary>One term of a taxonomy.</summary>
public sealed record TaxonomyTerm
{
    /// <summary>The term's id, unique in its taxonomy.</summary>
    public required string Id { get; init; }

    /// <summary>The term's label as printed (<c>市民サービス</c>).</summary>
    public required string Label { get; init; }

    /// <summary>The mark the source prints for it (<c>①</c>).</summary>
    public string? PrintedMark { get; init; }

    /// <summary>What the term means, as the source explains it.</summary>
    public string? Description { get; init; }

    /// <summary>Words and phrases that signal the term in an element's text, for suggestions (the label itself always counts).</summary>
    public IReadOnlyList<string> Keywords { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>The elements the source lists under this term, as it prints them.</summary>
    public IReadOnlyList<TermMember> Members { get; init => field = ValueList.From(value); } = ValueList.Empty<TermMember>();
}

/// <summary>An element a taxonomy term lists, with the code and title as printed there.</summary>
public sealed record TermMember
{
    /// <summary>The id of the element.</summary>
    public required string Element { get; init; }

    /// <summary>The code as printed in the term's list.</summary>
    public string? PrintedCode { get; init; }

    /// <summary>The title as printed in the term's list (it may differ from the element's own).</summary>
    public string? PrintedTitle { get; init; }
}
