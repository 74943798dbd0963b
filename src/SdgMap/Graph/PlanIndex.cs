using SdgMap.Catalog;
using SdgMap.Model;

namespace SdgMap.Graph;

/// <summary>One plan's elements as dense indices: id look-up, parent and children, for linear-time walks.</summary>
internal sealed class PlanIndex
{
    public PlanIndex(Plan plan, SdgCatalog catalog)
    {
        Plan = plan;
        var elements = plan.Elements;
        Nodes = new ElementNode[elements.Count];
        Ids = new Dictionary<string, int>(elements.Count, StringComparer.Ordinal);
        for (var i = 0; i < elements.Count; i++)
        {
            Nodes[i] = new ElementNode(plan.Id, elements[i].Id);
            Ids.TryAdd(elements[i].Id, i);
        }

        Parents = new int[elements.Count];
        var children = new List<int>[elements.Count];
        var roots = new List<int>();
        for (var i = 0; i < elements.Count; i++)
        {
            var parentId = elements[i].Parent;
            Parents[i] = parentId is not null && Ids.TryGetValue(parentId, out var p) && p != i ? p : -1;
            if (Parents[i] < 0)
            {
                roots.Add(i);
            }
            else
            {
                (children[Parents[i]] ??= []).Add(i);
            }
        }

        Children = [.. children.Select(c => c is null ? [] : c.ToArray())];
        Roots = [.. roots];
        Depths = [.. elements.Select(e => plan.DepthOf(e.Level))];
        var normalized = elements.Select(e => e.NormalizedCode).ToArray();
        var repeated = normalized.OfType<string>().GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        Codes = [.. elements.Select((e, i) => normalized[i] is { } code && !repeated.Contains(code) ? code : e.Id)];
        Declared = [.. elements.Select(e => DenseIds(e.Sdg, catalog))];
        Suggested = [.. elements.Select(e => DenseIds(e.Suggested?.Sdg.Select(s => s.Id) ?? [], catalog))];
        var terms = elements.Select(e => new List<TermNode>(e.Tags.Select(ResolveTag).OfType<TermNode>())).ToArray();
        foreach (var taxonomy in plan.Taxonomies)
        {
            foreach (var term in taxonomy.Terms)
            {
                foreach (var member in term.Members)
                {
                    if (Ids.TryGetValue(member.Element, out var m))
                    {
                        terms[m].Add(new TermNode(plan.Id, taxonomy.Id, term.Id));
                    }
                }
            }
        }

        Terms = [.. terms.Select(t => t.Distinct().ToArray())];
        SuggestedTerms = [.. elements.Select(e => (e.Suggested?.Tags.Select(t => ResolveTag(t.Tag)).OfType<TermNode>().Distinct() ?? []).ToArray())];
    }

    /// <summary>
    /// How queries name elements: the normalised code, or the id where the element prints no code
    /// or its code is not unique in the plan (numbers such as (1) that restart under every parent).
    /// </summary>
    public string[] Codes { get; }

    /// <summary>Each element's declared SDG links as dense catalogue indices, distinct, ascending.</summary>
    public int[][] Declared { get; }

    /// <summary>Each element's suggested SDG links as dense catalogue indices, distinct, ascending.</summary>
    public int[][] Suggested { get; }

    /// <summary>Each element's declared taxonomy terms (tags and term memberships that resolve).</summary>
    public TermNode[][] Terms { get; }

    /// <summary>Each element's suggested taxonomy terms that resolve.</summary>
    public TermNode[][] SuggestedTerms { get; }

    /// <summary>The term a tag names in this plan: the plan's own taxonomy first, then the built-ins; null when neither defines it.</summary>
    public TermNode? ResolveTag(Tag tag)
    {
        if (Plan.Taxonomies.FirstOrDefault(t => t.Id == tag.Taxonomy) is { } own)
        {
            return own.Terms.Any(t => t.Id == tag.Term) ? new TermNode(Plan.Id, tag.Taxonomy, tag.Term) : null;
        }

        return BuiltInTaxonomies.All.FirstOrDefault(t => t.Id == tag.Taxonomy)?.Terms.Any(t => t.Id == tag.Term) == true
            ? new TermNode(string.Empty, tag.Taxonomy, tag.Term)
            : null;
    }

    private static int[] DenseIds(IEnumerable<SdgId> ids, SdgCatalog catalog) =>
        [.. ids.Where(catalog.Contains).Select(catalog.DenseIndex).Distinct().Order()];

    public Plan Plan { get; }

    public ElementNode[] Nodes { get; }

    public Dictionary<string, int> Ids { get; }

    /// <summary>The parent's index, or -1 for a top-level element or a parent that does not resolve.</summary>
    public int[] Parents { get; }

    public int[][] Children { get; }

    /// <summary>Elements with no resolvable parent, in plan order.</summary>
    public int[] Roots { get; }

    /// <summary>Each element's level depth (1 = top), 0 when its level is not one of the plan's.</summary>
    public int[] Depths { get; }

    /// <summary>Ancestors nearest first; stops if the parent chain loops (validation reports the cycle).</summary>
    public IEnumerable<int> Ancestors(int index)
    {
        var steps = 0;
        for (var p = Parents[index]; p >= 0 && p != index && steps < Parents.Length; p = Parents[p], steps++)
        {
            yield return p;
        }
    }

    /// <summary>Descendants in pre-order; each element at most once even if the parent chain loops.</summary>
    public IEnumerable<int> Descendants(int index)
    {
        var seen = new HashSet<int> { index };
        var stack = new Stack<int>(Children[index].Reverse());
        while (stack.Count > 0)
        {
            var i = stack.Pop();
            if (!seen.Add(i))
            {
                continue;
            }

            yield return i;
            for (var c = Children[i].Length - 1; c >= 0; c--)
            {
                stack.Push(Children[i][c]);
            }
        }
    }
}
