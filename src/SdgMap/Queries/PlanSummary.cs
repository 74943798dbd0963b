using SdgMap.Model;

namespace SdgMap.Queries;

/// <summary>Counts of plan elements.</summary>
public static class PlanSummary
{
    /// <summary>
    /// One row per plan and level, plans ordered by id and levels top first; a level with no
    /// elements counts 0, and elements whose level the plan does not define are counted at
    /// depth 0 under their own level name. Linear in the number of elements.
    /// </summary>
    public static IReadOnlyList<LevelCount> ElementsPerLevel(IEnumerable<Plan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var rows = new List<LevelCount>();
        foreach (var plan in plans.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            var counts = new int[plan.Levels.Count + 1];
            var unknown = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var element in plan.Elements)
            {
                var depth = plan.DepthOf(element.Level);
                if (depth > 0)
                {
                    counts[depth]++;
                }
                else
                {
                    unknown[element.Level] = unknown.GetValueOrDefault(element.Level) + 1;
                }
            }

            for (var depth = 1; depth <= plan.Levels.Count; depth++)
            {
                rows.Add(new LevelCount { Plan = plan.Id, Depth = depth, Level = plan.Levels[depth - 1].Name, Count = counts[depth] });
            }

            rows.AddRange(unknown.Select(u => new LevelCount { Plan = plan.Id, Depth = 0, Level = u.Key, Count = u.Value }));
        }

        return rows;
    }
}
