using SdgMap.Catalog;
using SdgMap.Collections;
using SdgMap.Model;

namespace SdgMap.Suggestions;

/// <summary>
/// One line of the suggestion lexicon: words that, found together in one sentence and without
/// any of the excluding words, suggest an SDG goal or target or a taxonomy term.
/// </summary>
public sealed record LexiconEntry
{
    /// <summary>The goal or target suggested; <see langword="null"/> when the entry suggests a tag.</summary>
    public SdgId? Sdg { get; init; }

    /// <summary>The taxonomy term suggested; <see langword="null"/> when the entry suggests an SDG.</summary>
    public Tag? Tag { get; init; }

    /// <summary>The language of the words: <c>ja</c> or <c>en</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Groups that must all appear in one sentence; any one word of a group will do.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Terms { get; init => field = ValueList.From(value.Select(ValueList.From)); }

    /// <summary>Words that, in the same sentence, stop the entry from firing.</summary>
    public IReadOnlyList<string> Not { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>How surely the words mean the label on their own, 0.1 to 1.</summary>
    public required double Weight { get; init; }

    /// <summary>A phrase the entry fires on (tested).</summary>
    public string? Example { get; init; }

    /// <summary>A phrase holding one of its words that the entry must not fire on (tested).</summary>
    public string? Counter { get; init; }

    /// <summary>Where the words come from: <c>target</c>, <c>indicator</c>, <c>municipal</c>, <c>common</c>, or <c>taxonomy</c> for a plan's own keywords.</summary>
    public string? Source { get; init; }

    /// <summary>Where the entry is written (<c>sdg/11.tsv:42</c>), for evidence and messages.</summary>
    public required string Origin { get; init; }

    /// <summary>The entry as a reviewer reads it: its groups joined by <c> &amp; </c>, alternatives by <c>|</c>.</summary>
    public override string ToString() => string.Join(" & ", Terms.Select(g => string.Join('|', g)));
}
