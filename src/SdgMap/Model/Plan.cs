using SdgMap.Collections;

namespace SdgMap.Model;

/// <summary>
/// One development plan as its document states it: the municipality, the plan's levels, the
/// themes it defines for itself and every element, with what the source lost or contradicts.
/// </summary>
/// <remarks>
/// A plan holds only what its file holds. Derived facts (normalised codes, depths, inherited
/// links, reverse references) are computed by <c>PlanGraph</c>; consistency (unique
/// ids, resolvable parents) is reported by <c>PlanValidator</c>, so that a plan
/// with mistakes can still be loaded and shown.
/// </remarks>
public sealed record Plan
{
    /// <summary>The format name and major version this model reads and writes.</summary>
    public const string CurrentFormat = "sdgmap.plan/1";

    /// <summary>The file format, <see cref="CurrentFormat"/>.</summary>
    public string Format { get; init; } = CurrentFormat;

    /// <summary>A readable slug that starts with the municipality's romanised name (<c>kuki-2nd-plan-…</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The municipality the plan belongs to.</summary>
    public required Municipality Municipality { get; init; }

    /// <summary>The document's title as printed.</summary>
    public required string Title { get; init; }

    /// <summary>The fiscal years the plan covers, where the document states them.</summary>
    public FiscalPeriod? Period { get; init; }

    /// <summary>The plan's levels, top first (政策 / 施策 / 基本事業).</summary>
    public required IReadOnlyList<PlanLevel> Levels { get; init => field = ValueList.From(value); }

    /// <summary>The cross-cutting themes the plan defines for itself (行革の視点, 策定の視点 …).</summary>
    public IReadOnlyList<Taxonomy> Taxonomies { get; init => field = ValueList.From(value); } = ValueList.Empty<Taxonomy>();

    /// <summary>Where the plan was encoded from.</summary>
    public PlanSource? Source { get; init; }

    /// <summary>What the source as a whole lost, in plain words.</summary>
    public IReadOnlyList<string> Lost { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>Anything else an editor should know.</summary>
    public IReadOnlyList<string> Notes { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>Every element of the plan, parents before children.</summary>
    public required IReadOnlyList<PlanElement> Elements { get; init => field = ValueList.From(value); }

    /// <summary>The depth (1 = top) of a level name or one of its other names; 0 when the plan has no such level.</summary>
    public int DepthOf(string levelName)
    {
        ArgumentNullException.ThrowIfNull(levelName);
        for (var i = 0; i < Levels.Count; i++)
        {
            if (Levels[i].Name == levelName || Levels[i].AlsoCalled.Contains(levelName))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The level at depth <paramref name="depth"/> (1 = top).</summary>
    public PlanLevel this[int depth] => Levels[depth - 1];
}
