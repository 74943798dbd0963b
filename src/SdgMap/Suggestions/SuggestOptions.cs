using SdgMap.Queries;

namespace SdgMap.Suggestions;

/// <summary>What to suggest, for which elements, and how sure a suggestion must be.</summary>
public sealed record SuggestOptions
{
    /// <summary>The score at or above which a suggestion is made unless <see cref="MinScore"/> says otherwise; see README for the precision measured there.</summary>
    public const double DefaultMinScore = 0.5;

    /// <summary>Suggest targets (the default) or goals.</summary>
    public SdgLevel By { get; init; } = SdgLevel.Target;

    /// <summary>Only elements of this level, by name or depth (1 = top); every element when null.</summary>
    public string? Level { get; init; }

    /// <summary>The lowest score a suggestion may have, 0 to 1.</summary>
    public double MinScore { get; init; } = DefaultMinScore;

    /// <summary>At most this many suggestions per element (the best first); no limit when null.</summary>
    public int? Top { get; init; } = 5;

    /// <summary>Suggest taxonomy terms (community care and the plan's own taxonomies) instead of SDGs.</summary>
    public bool Tags { get; init; }

    /// <summary>The lexicon; <see cref="Lexicon.Default"/> when null.</summary>
    public Lexicon? Lexicon { get; init; }

    /// <summary>Compare the element's text with the targets' official texts (SDGs only).</summary>
    public bool UseTargetTexts { get; init; } = true;

    /// <summary>Learn from elements elsewhere in the graph that declare links: a text similar to theirs is suggested their links.</summary>
    public bool LearnFromDeclared { get; init; } = true;

    /// <summary>Let a policy take its children's strong suggestions, marked as rolled up.</summary>
    public bool RollUp { get; init; } = true;
}
