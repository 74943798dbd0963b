using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Resources;

namespace SdgMap.Queries;

/// <summary>Resolves a <see cref="QueryScope"/> against one plan's index: the elements that contribute, and the links each contributes.</summary>
internal static class ScopeWalk
{
    /// <summary>The plans in scope, ordered by id.</summary>
    /// <exception cref="UnknownIdException">The scope names a plan, or an element to look within, that the graph does not hold.</exception>
    public static IEnumerable<PlanIndex> Plans(PlanGraph graph, QueryScope scope)
    {
        // Every query starts here, so an unknown id fails the same way in all of them.
        if (scope.Within is { } within)
        {
            _ = graph.Locate(within);
        }

        if (scope.Plans is null)
        {
            return graph.Plans.Select(p => graph.Index(p.Id));
        }

        foreach (var id in scope.Plans)
        {
            _ = graph.Index(id);
        }

        var wanted = scope.Plans.ToHashSet(StringComparer.Ordinal);
        return graph.Plans.Where(p => wanted.Contains(p.Id)).Select(p => graph.Index(p.Id));
    }

    /// <summary>
    /// Refuses a scope whose level (or <paramref name="level"/>) or tag none of <paramref name="plans"/>
    /// has, with an <see cref="ArgumentException"/> naming what exists: a typo must be an error, not
    /// a query that silently selects nothing.
    /// </summary>
    public static void Check(IReadOnlyList<PlanIndex> plans, QueryScope scope, string? level = null)
    {
        var modelPlans = plans.Select(p => p.Plan).ToList();
        if (scope.Level is { } scoped)
        {
            KnownNames.CheckLevel(modelPlans, scoped);
        }

        if (level is not null)
        {
            KnownNames.CheckLevel(modelPlans, level);
        }

        if (scope.Tag is { } tag && plans.Count > 0 && plans.All(p => p.ResolveTag(tag) is null))
        {
            KnownNames.CheckTaxonomy(modelPlans, tag.Taxonomy);
            throw new ArgumentException(Localized.Format(Messages.NoPlanHasTerm, tag, tag.Taxonomy));
        }
    }

    /// <summary>True when every element of every plan in scope contributes: no subtree, level or tag.</summary>
    public static bool TakesEveryElement(QueryScope scope) => scope.Within is null && scope.Level is null && scope.Tag is null;

    /// <summary>
    /// <see cref="Contributors"/>, or null when every element of the plan contributes, which is how
    /// <see cref="CoverageKernel"/> and the gap walks read it: a plan-wide query then builds no list
    /// of all its elements.
    /// </summary>
    public static List<int>? ContributorsOrAll(PlanGraph graph, PlanIndex index, QueryScope scope) =>
        TakesEveryElement(scope) ? null : Contributors(graph, index, scope);

    /// <summary>The <paramref name="k"/>-th contributor of a list from <see cref="ContributorsOrAll"/> (null: element <paramref name="k"/>).</summary>
    public static int At(List<int>? contributors, int k) => contributors is null ? k : contributors[k];

    /// <summary>How many contributors a list from <see cref="ContributorsOrAll"/> names.</summary>
    public static int CountOf(List<int>? contributors, PlanIndex index) => contributors?.Count ?? index.Count;

    /// <summary>The contributing elements of one plan, in plan order. Linear in the plan's size.</summary>
    public static List<int> Contributors(PlanGraph graph, PlanIndex index, QueryScope scope)
    {
        var n = index.Count;
        var inScope = new bool[n];
        if (scope.Within is { } within)
        {
            if (within.PlanId != index.Plan.Id || !index.Ids.TryGetValue(within.ElementId, out var root))
            {
                return [];
            }

            inScope[root] = true;
            foreach (var d in index.Descendants(root))
            {
                inScope[d] = true;
            }
        }
        else
        {
            Array.Fill(inScope, true);
        }

        var depth = scope.Level is null ? 0 : ResolveDepth(index, scope.Level);
        if (scope.Level is not null && depth == 0)
        {
            return [];
        }

        var term = scope.Tag is { } tag ? index.ResolveTag(tag) : null;
        if (scope.Tag is not null && term is null)
        {
            return [];
        }

        var result = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (inScope[i] && (depth == 0 || index.Depths[i] == depth) && (term is null || Carries(index, i, term, scope.IncludeSuggested)))
            {
                result.Add(i);
            }
        }

        return result;
    }

    public static int ResolveDepth(PlanIndex index, string level) => KnownNames.Depth(index.Plan, level);

    public static string CodeOf(PlanIndex index, int i) => index.Codes[i];

    private static bool Carries(PlanIndex index, int i, TermNode term, bool includeSuggested) =>
        index.Terms[i].Contains(term) || (includeSuggested && index.SuggestedTerms[i].Contains(term));
}

/// <summary>How one element contributes one link: through its own link or only through descendants, and whether only through suggestions.</summary>
internal readonly record struct Contribution(bool Own, bool SuggestedOnly)
{
    /// <summary>The element's own declared link.</summary>
    public static Contribution Declared => new(Own: true, SuggestedOnly: false);

    /// <summary>The element's own suggested link, which nothing declared matches.</summary>
    public static Contribution Suggested => new(Own: true, SuggestedOnly: true);

    /// <summary>Two ways to the same link: own if either is own, suggested-only if both are.</summary>
    public Contribution Merge(Contribution other) => new(Own || other.Own, SuggestedOnly && other.SuggestedOnly);
}
