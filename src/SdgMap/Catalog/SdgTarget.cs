using SdgMap.Collections;
using SdgMap.Model;

namespace SdgMap.Catalog;

/// <summary>One of the 169 SDG targets.</summary>
public sealed record SdgTarget
{
    /// <summary>The target's id (<c>16.6</c>).</summary>
    public required SdgId Id { get; init; }

    /// <summary>The goal the target belongs to.</summary>
    public SdgId Goal => Id.GoalId;

    /// <summary>The official English text.</summary>
    public required string TitleEn { get; init; }

    /// <summary>The Japanese text (外務省 仮訳); <see langword="null"/> where the shipped catalogue lacks it.</summary>
    public string? TitleJa { get; init; }

    /// <summary>The indicators listed under this target, in UN order.</summary>
    public required IReadOnlyList<SdgIndicator> Indicators { get; init => field = ValueList.From(value); }
}
