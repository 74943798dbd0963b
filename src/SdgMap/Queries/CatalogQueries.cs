using System.Globalization;
using SdgMap.Catalog;

namespace SdgMap.Queries;

/// <summary>The SDG catalogue as table rows.</summary>
public static class CatalogQueries
{
    /// <summary>Every goal followed by its targets, in UN order (17 + 169 rows).</summary>
    public static IReadOnlyList<CatalogRow> GoalsAndTargets(SdgCatalog? catalog = null)
    {
        catalog ??= SdgCatalog.Default;
        return [.. catalog.Goals.SelectMany(g => g.Targets.Select(TargetRow).Prepend(GoalRow(g)))];
    }

    /// <summary>
    /// The entry <paramref name="id"/> names and what lies under it: a goal with its targets, a
    /// target with its indicators, or an indicator (once per target it is listed under).
    /// </summary>
    /// <exception cref="FormatException">The id names nothing in the catalogue; the message names the id.</exception>
    public static IReadOnlyList<CatalogRow> Lookup(string id, SdgCatalog? catalog = null)
    {
        catalog ??= SdgCatalog.Default;
        return catalog.Find(id, out var error) switch
        {
            SdgCatalogEntry.Goal g => [GoalRow(g.Value), .. g.Value.Targets.Select(TargetRow)],
            SdgCatalogEntry.Target t => [TargetRow(t.Value), .. t.Value.Indicators.Select(IndicatorRow)],
            SdgCatalogEntry.Indicator i => [.. i.Listings.Select(IndicatorRow)],
            _ => throw new FormatException(error),
        };
    }

    private static CatalogRow GoalRow(SdgGoal goal) => new()
    {
        Id = goal.Id.ToString(),
        Kind = "goal",
        Goal = goal.Number,
        TitleEn = goal.TitleEn,
        TitleJa = goal.TitleJa,
        Colour = goal.Colour,
    };

    private static CatalogRow TargetRow(SdgTarget target) => new()
    {
        Id = target.Id.ToString(),
        Kind = "target",
        Goal = target.Goal.Goal,
        TitleEn = target.TitleEn,
        TitleJa = target.TitleJa,
    };

    private static CatalogRow IndicatorRow(SdgIndicator indicator) => new()
    {
        Id = indicator.Code,
        Kind = "indicator",
        Goal = int.Parse(indicator.Code.AsSpan(0, indicator.Code.IndexOf('.', StringComparison.Ordinal)), CultureInfo.InvariantCulture),
        TitleEn = indicator.TitleEn,
    };
}
