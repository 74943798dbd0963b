using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Reuse;

namespace SdgMap.Queries;

public static partial class ReuseQueries
{
    /// <summary>The text of an element that textual reuse compares: its title, with its description when asked.</summary>
    internal static string TextOf(PlanIndex index, int i, bool includeDescriptions) => TextOf(index.Plan.Elements[i], includeDescriptions);

    /// <summary>The text of <paramref name="element"/> that textual reuse compares; the benchmarks read the same text.</summary>
    internal static string TextOf(PlanElement element, bool includeDescriptions)
    {
        var title = element.Title ?? string.Empty;
        return includeDescriptions && element.Description is { } description ? $"{title} {description}" : title;
    }

    /// <summary>Identical and near-identical texts as groups: identical texts joined first, then verified pairs, by union-find.</summary>
    private static IEnumerable<(ReuseKind, double, List<(PlanIndex, int)>, string)> Textual(List<(PlanIndex Index, int Element)> candidates, ReuseOptions options)
    {
        var texts = candidates.Select(c => TextOf(c.Index, c.Element, options.IncludeDescriptions)).ToList();
        var parent = Enumerable.Range(0, texts.Count).ToArray();

        // The weakest pair's Jaccard joining each group, kept at its root: pairs are folded in as the
        // search finds them and never held, so memory is linear in the texts and groups, not the pairs.
        var weakestAt = new double[texts.Count];
        Array.Fill(weakestAt, 1.0);
        int Find(int x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        void Union(int a, int b, double jaccard)
        {
            var (ra, rb) = (Find(a), Find(b));
            var weakest = Math.Min(jaccard, Math.Min(weakestAt[ra], weakestAt[rb]));
            var root = Math.Min(ra, rb);
            parent[Math.Max(ra, rb)] = root;
            weakestAt[root] = weakest;
        }

        var identical = NearDuplicateIndex.StreamFormPairs(texts, new NearDuplicateOptions { Threshold = options.MinSimilarity }, (a, b, jaccard) => Union(a, b, jaccard));
        for (var i = 0; i < texts.Count; i++)
        {
            if (identical[i] >= 0 && identical[i] != i)
            {
                Union(i, identical[i], 1.0);
            }
        }

        var weakest = new Dictionary<int, double>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (Find(i) == i)
            {
                weakest[i] = weakestAt[i];
            }
        }

        var groups = Enumerable.Range(0, texts.Count)
            .Where(i => identical[i] >= 0)
            .GroupBy(Find)
            .Where(g => g.Skip(1).Any())
            .OrderBy(g => g.Key);
        foreach (var group in groups)
        {
            var members = group.Select(i => candidates[i]).ToList();
            var forms = group.Select(i => identical[i]).Distinct().Count();
            var matched = ReuseText.Normalize(texts[group.Key]);
            yield return forms == 1
                ? (ReuseKind.IdenticalText, 1.0, members, matched)
                : (ReuseKind.SimilarText, weakest[group.Key], members, matched);
        }
    }
}
