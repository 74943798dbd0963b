using SdgMap.Graph;
using SdgMap.Reuse;

namespace SdgMap.Queries;

/// <summary>"Who else does this?": for one element, the most alike elements elsewhere.</summary>
public static class WhoElseQueries
{
    /// <summary>
    /// For <paramref name="element"/>, the elements of other plans whose titles are most alike
    /// (kind <see cref="ReuseKind.SimilarText"/>, 2-gram Jaccard ≥ <paramref name="minSimilarity"/>),
    /// then the elements of any plan, outside the element's own ancestry and subtree, that declare
    /// targets it declares (kind <see cref="ReuseKind.SharedTargets"/>, score = Jaccard of the two
    /// target sets); each list best first (ties in plan order) and cut at <paramref name="max"/>.
    /// Scores are exact. The first query on a graph indexes its titles and targets (linear in its
    /// size, kept with the graph); each query then reads only the elements that share a title
    /// 2-gram or a target with <paramref name="element"/>.
    /// </summary>
    /// <exception cref="UnknownIdException">The graph has no such plan or element.</exception>
    public static IReadOnlyList<SimilarElement> WhoElse(this PlanGraph graph, ElementNode element, int max = 10, double minSimilarity = 0.5)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var (home, i) = graph.Locate(element);
        var index = WhoElseIndex.Of(graph);
        var matched = ReuseText.Normalize(ReuseQueries.TextOf(home, i, includeDescriptions: false));
        var results = index.SimilarTitles(ReuseText.Shingles(matched))
            .Where(x => x.Jaccard >= minSimilarity)
            .Select(x => (Found: index.Locate(x.Global), x.Global, x.Jaccard))
            .Where(x => x.Found.Plan != home)
            .OrderByDescending(x => x.Jaccard).ThenBy(x => x.Global)
            .Take(max)
            .Select(x => Similar(x.Found.Plan, x.Found.Element, ReuseKind.SimilarText, x.Jaccard, matched))
            .ToList();

        var catalog = graph.Catalog;
        var mine = home.Declared[i].Where(d => catalog.AtDense(d).IsTarget).ToHashSet();
        if (mine.Count > 0)
        {
            var related = home.Ancestors(i).Concat(home.Descendants(i)).Append(i).ToHashSet();
            results.AddRange(mine.SelectMany(d => index.DeclaringTarget(d)).Distinct()
                .Select(index.Locate)
                .Where(o => o.Plan != home || !related.Contains(o.Element))
                .Select(o =>
                {
                    var theirs = o.Plan.Declared[o.Element].Where(d => catalog.AtDense(d).IsTarget).ToList();
                    var shared = theirs.Where(mine.Contains).ToList();
                    return (o.Plan, o.Element, Shared: shared, Score: (double)shared.Count / (mine.Count + theirs.Count - shared.Count));
                })
                .OrderByDescending(o => o.Score).ThenBy(o => o.Plan.Plan.Id, StringComparer.Ordinal).ThenBy(o => o.Element)
                .Take(max)
                .Select(o => Similar(o.Plan, o.Element, ReuseKind.SharedTargets, o.Score, string.Join(' ', o.Shared.Select(catalog.AtDense)))));
        }

        return results;
    }

    private static SimilarElement Similar(PlanIndex index, int i, ReuseKind kind, double score, string matched) =>
        new() { Element = new ElementRef(index, i), Kind = kind, Score = score, Matched = matched };
}
