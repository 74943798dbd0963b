using System.Globalization;
using SdgMap.Resources;

namespace SdgMap.Model;

/// <summary>
/// Checks that a level, taxonomy or term someone typed exists in at least one of the plans it is
/// asked of, so that a typo is an error naming what exists instead of a check that silently
/// selects nothing.
/// </summary>
internal static class KnownNames
{
    private const int MaxListed = 24;

    /// <summary>
    /// The depth (1 = top) that <paramref name="level"/> names in <paramref name="plan"/>: a level's
    /// name or other name, or a depth the plan has; 0 when it names none. The one reading of a
    /// level that queries, gaps, matrices and the validator share.
    /// </summary>
    public static int Depth(Plan plan, string level) =>
        int.TryParse(level, NumberStyles.None, CultureInfo.InvariantCulture, out var depth)
            ? (depth >= 1 && depth <= plan.Levels.Count ? depth : 0)
            : plan.DepthOf(level);

    /// <summary>
    /// Throws <see cref="ArgumentException"/> unless <paramref name="level"/> is a level name (or other
    /// name) of some plan, or a depth (1 = top) that some plan has.
    /// </summary>
    public static void CheckLevel(IReadOnlyCollection<Plan> plans, string level)
    {
        ArgumentNullException.ThrowIfNull(level);
        if (plans.Count == 0)
        {
            return;
        }

        var deepest = plans.Max(p => p.Levels.Count);
        if (int.TryParse(level, NumberStyles.None, CultureInfo.InvariantCulture, out var depth))
        {
            if (depth < 1 || depth > deepest)
            {
                throw new ArgumentException(Localized.Format(Messages.NoLevelAtDepth, level, deepest, LevelList(plans)));
            }

            return;
        }

        if (!plans.Any(p => Depth(p, level) > 0))
        {
            throw new ArgumentException(Localized.Format(Messages.NoLevelNamed, level, LevelList(plans), deepest));
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="taxonomy"/> is built in or defined by some plan.</summary>
    public static void CheckTaxonomy(IReadOnlyCollection<Plan> plans, string taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var known = Taxonomies(plans);
        if (!known.Contains(taxonomy))
        {
            throw new ArgumentException(Localized.Format(Messages.NoTaxonomy, taxonomy, Listed(known)));
        }
    }


    private static List<string> Taxonomies(IReadOnlyCollection<Plan> plans) =>
        [.. BuiltInTaxonomies.All.Select(t => t.Id).Concat(plans.SelectMany(p => p.Taxonomies.Select(t => t.Id))).Distinct(StringComparer.Ordinal)];

    private static string LevelList(IReadOnlyCollection<Plan> plans)
    {
        var names = new List<string>();
        foreach (var plan in plans)
        {
            for (var d = 1; d <= plan.Levels.Count; d++)
            {
                var named = $"{plan.Levels[d - 1].Name} ({d})";
                if (!names.Contains(named, StringComparer.Ordinal))
                {
                    names.Add(named);
                }
            }
        }

        return Listed(names);
    }

    private static string Listed(List<string> names) =>
        names.Count == 0 ? Messages.NoneListed
        : names.Count <= MaxListed ? string.Join(", ", names)
        : Localized.Format(Messages.AndMore, string.Join(", ", names.Take(MaxListed)), names.Count - MaxListed);
}
