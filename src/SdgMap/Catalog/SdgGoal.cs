using SdgMap.Collections;
using SdgMap.Model;

namespace SdgMap.Catalog;

/// <summary>One of the 17 Sustainable Development Goals.</summary>
public sealed record SdgGoal
{
    /// <summary>The goal's id (<c>16</c>).</summary>
    public required SdgId Id { get; init; }

    /// <summary>The goal number, 1 to 17.</summary>
    public int Number => Id.Goal;

    /// <summary>The short English name (<c>Peace, justice and strong institutions</c>).</summary>
    public required string ShortTitleEn { get; init; }

    /// <summary>The official English title (UN resolution A/RES/70/1).</summary>
    public required string TitleEn { get; init; }

    /// <summary>The short Japanese name used on the goal icons (<c>平和と公正をすべての人に</c>).</summary>
    public required string ShortTitleJa { get; init; }

    /// <summary>The Japanese title (外務省 仮訳).</summary>
    public required string TitleJa { get; init; }

    /// <summary>The goal's official colour as <c>#RRGGBB</c> (UN SDG communications guidelines).</summary>
    public required string Colour { get; init; }

    /// <summary>The goal's targets in UN order.</summary>
    public required IReadOnlyList<SdgTarget> Targets { get; init => field = ValueList.From(value); }
}
