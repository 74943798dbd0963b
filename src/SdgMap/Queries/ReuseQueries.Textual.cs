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

        foreach (var (root, members, forms) in GroupsOf(identical, Find))
        {
            var matched = ReuseText.Normalize(texts[root]);
            var elements = new List<(PlanIndex, int)>(members.Length);
            foreach (var i in members)
            {
                elements.Add(candidates[i]);
            }

            yield return forms == 1
                ? (ReuseKind.IdenticalText, 1.0, elements, matched)
                : (ReuseKind.SimilarText, weakestAt[root], elements, matched);
        }
    }

    /// <summary>
    /// The union-find's groups of two or more non-empty texts, by root ascending, each with its members
    /// ascending and the number of normalised forms among them.
    /// </summary>
    /// <remarks>
    /// A root is its group's smallest text (unions keep the smaller root), so root order is first-member
    /// order. Every form's first text is in the group of its copies, so counting the texts that are their
    /// own form's first counts the forms. A counting sort by root over flat arrays: grouping 957,802
    /// candidates with LINQ built a grouping object for each of some 500,000 roots, most of them alone.
    /// </remarks>
    internal static IEnumerable<(int Root, int[] Members, int Forms)> GroupsOf(int[] identical, Func<int, int> find)
    {
        var n = identical.Length;
        var rootOf = new int[n];
        var sizes = new int[n];
        var forms = new int[n];
        for (var i = 0; i < n; i++)
        {
            rootOf[i] = identical[i] < 0 ? -1 : find(i);
            if (rootOf[i] >= 0)
            {
                sizes[rootOf[i]]++;
                forms[rootOf[i]] += identical[i] == i ? 1 : 0;
            }
        }

        // Members of group r fill members[starts[r] .. starts[r] + sizes[r]), groups side by side in root order.
        var starts = new int[n];
        var total = 0;
        for (var r = 0; r < n; r++)
        {
            starts[r] = total;
            total += sizes[r] >= 2 ? sizes[r] : 0;
        }

        var members = new int[total];
        var filled = new int[n];
        for (var i = 0; i < n; i++)
        {
            var r = rootOf[i];
            if (r >= 0 && sizes[r] >= 2)
            {
                members[starts[r] + filled[r]++] = i;
            }
        }

        for (var r = 0; r < n; r++)
        {
            if (sizes[r] >= 2)
            {
                yield return (r, members[starts[r]..(starts[r] + sizes[r])], forms[r]);
            }
        }
    }
}
