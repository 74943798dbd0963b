using SdgMap.Graph;
using SdgMap.Reuse;

namespace SdgMap.Queries;

/// <summary>"Who else does this?": for one element, the most alike elements elsewhere.</summary>
public static class WhoElseQueries
{
    /// <summary>
    /// For <paramref name="element"/>, the elements of other plans whose titles are most alike
    /// (kind <see cref="ReuseKinds.SimilarText"/>, 2-gram Jaccard ≥ <paramref name="minSimilarity"/>),
    /// then the elements of any plan, outside the element's own ancestry and subtree, that declare
    /// targets it declares (kind <see cref="ReuseKinds.SharedTargets"/>, score = Jaccard of the two
    /// target sets); each list best first and cut at <paramref name="max"/>. Linear in the size of the graph.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The graph has no such element.</exception>
    public static IReadOnlyList<SimilarElement> WhoElse(this PlanGraph graph, ElementNode element, int max = 10, double minSimilarity = 0.5)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var (home, i) = graph.Locate(element);
        var others = graph.Plans.Where(p => p.Id != element.PlanId).Select(p => graph.Index(p.Id))
            .SelectMany(p => Enumerable.Range(0, p.Count).Select(e => (Index: p, Element: e))).ToList();
        var texts = others.Select(o => ReuseQueries.TextOf(o.Index, o.Element, includeDescriptions: false)).Prepend(ReuseQueries.TextOf(home, i, includeDescriptions: false)).ToList();
        var index = NearDuplicateIndex.Build(texts, new NearDuplicateOptions { Threshold = minSimilarity });
        var results = index.MostSimilar(0, max)
            .Select(p => (Other: others[p.Item - 1], p.Jaccard))
            .Select(x => Similar(x.Other.Index, x.Other.Element, ReuseKinds.SimilarText, x.Jaccard, ReuseText.Normalize(texts[0])))
            .ToList();

        var catalog = graph.Catalog;
        var mine = home.Declared[i].Where(d => catalog.AtDense(d).IsTarget).ToHashSet();
        if (mine.Count > 0)
        {
            var related = home.Ancestors(i).Concat(home.Descendants(i)).Append(i).ToHashSet();
            results.AddRange(graph.Plans.Select(p => graph.Index(p.Id))
                .SelectMany(p => Enumerable.Range(0, p.Count).Select(e => (Index: p, Element: e)))
                .Where(o => o.Index != home || !related.Contains(o.Element))
                .Select(o =>
                {
                    var theirs = o.Index.Declared[o.Element].Where(d => catalog.AtDense(d).IsTarget).ToList();
                    var shared = theirs.Where(mine.Contains).ToList();
                    return (o.Index, o.Element, Shared: shared, Score: shared.Count == 0 ? 0 : (double)shared.Count / (mine.Count + theirs.Count - shared.Count));
                })
                .Where(o => o.Score > 0)
                .OrderByDescending(o => o.Score).ThenBy(o => o.Index.Plan.Id, StringComparer.Ordinal).ThenBy(o => o.Element)
                .Take(max)
                .Select(o => Similar(o.Index, o.Element, ReuseKinds.SharedTargets, o.Score, string.Join(' ', o.Shared.Select(catalog.AtDense)))));
        }

        return results;
    }

    private static SimilarElement Similar(PlanIndex index, int i, string kind, double score, string matched)
    {
        var member = ReuseQueries.Member(index, i);
        return new SimilarElement { Plan = member.Plan, Code = member.Code, Title = member.Title, Kind = kind, Score = score, Matched = matched };
    }
}
