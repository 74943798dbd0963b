using SdgMap.Catalog;
using SdgMap.Collections;
using SdgMap.Model;

namespace SdgMap.Graph;

/// <summary>One plan's elements as dense indices: id look-up, parent and children, for linear-time walks.</summary>
internal sealed class PlanIndex
{
    public PlanIndex(Plan plan, SdgCatalog catalog)
    {
        Plan = plan;
        Tags = new TagResolver(plan);
        var elements = plan.Elements;
        var n = elements.Count;
        Nodes = new ElementNodes(plan);
        Ids = ElementIds.Index(elements);

        Parents = new int[n];
        for (var i = 0; i < n; i++)
        {
            var parentId = elements[i].Parent;
            Parents[i] = parentId is not null && Ids.TryGetValue(parentId, out var p) && p != i ? p : -1;
        }

        Children = Csr.Group(n, Parents);
        Roots = [.. Enumerable.Range(0, n).Where(i => Parents[i] < 0)];
        Depths = new int[n];
        Codes = new string[n];
        var codeCounts = PerThread<Dictionary<string, int>>.Rent();
        for (var i = 0; i < n; i++)
        {
            Depths[i] = plan.DepthOf(elements[i].Level);
            if (elements[i].NormalizedCode is { } code)
            {
                // Most printed codes are already normal; keeping the printed string saves a copy per element.
                Codes[i] = code == elements[i].Code ? elements[i].Code! : code;
                codeCounts[code] = codeCounts.GetValueOrDefault(code) + 1;
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (Codes[i] is null || codeCounts[Codes[i]] > 1)
            {
                Codes[i] = elements[i].Id;
            }
        }

        var keep = codeCounts.Count <= MaxKeptCodes;
        codeCounts.Clear();
        PerThread<Dictionary<string, int>>.Return(codeCounts, keep);

        Declared = Csr.Fill<int>(n, (i, list) =>
        {
            var from = list.Count;
            var sdg = elements[i].Sdg;
            for (var k = 0; k < sdg.Count; k++)
            {
                AddDense(list, sdg[k], catalog);
            }

            Csr.SortDistinctTail(list, from);
        });
        Suggested = Csr.Fill<int>(n, (i, list) =>
        {
            if (elements[i].Suggested is { } suggested)
            {
                var from = list.Count;
                foreach (var link in suggested.Sdg)
                {
                    AddDense(list, link.Id, catalog);
                }

                Csr.SortDistinctTail(list, from);
            }
        });
        GoalMasks = new uint[n];
        Marks = new ElementMarks[n];
        for (var i = 0; i < n; i++)
        {
            Marks[i] = (elements[i].Sdg.Count > 0 ? ElementMarks.Linked : 0) | (elements[i].SdgStatus == SdgMarks.Lost ? ElementMarks.Lost : 0);
            foreach (var d in Declared[i])
            {
                GoalMasks[i] |= 1u << (catalog.AtDense(d).Goal - 1);
            }
        }

        var members = new Dictionary<int, List<TermNode>>();
        foreach (var taxonomy in plan.Taxonomies)
        {
            foreach (var term in taxonomy.Terms)
            {
                foreach (var member in term.Members)
                {
                    if (Ids.TryGetValue(member.Element, out var m))
                    {
                        (members.TryGetValue(m, out var list) ? list : members[m] = []).Add(new TermNode(plan.Id, taxonomy.Id, term.Id));
                    }
                }
            }
        }

        Terms = Csr.Fill<TermNode>(n, (i, list) =>
        {
            var from = list.Count;
            var tags = elements[i].Tags;
            for (var k = 0; k < tags.Count; k++)
            {
                AddResolved(list, ResolveTag(tags[k]));
            }

            if (members.TryGetValue(i, out var m))
            {
                list.AddRange(m);
            }

            DistinctTail(list, from);
        });
        SuggestedTerms = Csr.Fill<TermNode>(n, (i, list) =>
        {
            if (elements[i].Suggested is { Tags.Count: > 0 } suggested)
            {
                var from = list.Count;
                foreach (var link in suggested.Tags)
                {
                    AddResolved(list, ResolveTag(link.Tag));
                }

                DistinctTail(list, from);
            }
        });
    }

    /// <summary>Past this many codes a thread's count is dropped rather than kept for the next plan.</summary>
    private const int MaxKeptCodes = 1 << 16;

    private static void AddResolved(List<TermNode> list, TermNode? node)
    {
        if (node is not null)
        {
            list.Add(node);
        }
    }

    /// <summary>Keeps the first of equal terms in the row that starts at <paramref name="from"/>, in order.</summary>
    private static void DistinctTail(List<TermNode> list, int from)
    {
        // An element carries a handful of terms, which a scan checks faster than a set; a long row
        // (one element tagged with thousands of terms) takes a set so the check stays linear.
        const int scanned = 32;
        var row = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list)[from..];
        if (row.Length < 2)
        {
            return;
        }

        var seen = row.Length > scanned ? new HashSet<TermNode>(row.Length) : null;
        var kept = 0;
        foreach (var node in row)
        {
            if (seen is null ? !row[..kept].Contains(node) : seen.Add(node))
            {
                row[kept++] = node;
            }
        }

        list.RemoveRange(from + kept, row.Length - kept);
    }

    /// <summary>
    /// How queries name elements: the normalised code, or the id where the element prints no code
    /// or its code is not unique in the plan (numbers such as (1) that restart under every parent).
    /// </summary>
    public string[] Codes { get; }

    /// <summary>Each element's declared SDG links as dense catalogue indices, distinct, ascending.</summary>
    public Csr<int> Declared { get; }

    /// <summary>Each element's suggested SDG links as dense catalogue indices, distinct, ascending.</summary>
    public Csr<int> Suggested { get; }

    /// <summary>Each element's goals through its declared links (bit <c>g - 1</c> for goal g), for counting goals once per element.</summary>
    public uint[] GoalMasks { get; }

    /// <summary>
    /// What each element's source says about SDG links, one byte an element: the gap walks read
    /// these in a row instead of visiting every element record and its link list.
    /// </summary>
    public ElementMarks[] Marks { get; }

    /// <summary>Each element's declared taxonomy terms (tags and term memberships that resolve).</summary>
    public Csr<TermNode> Terms { get; }

    /// <summary>Each element's suggested taxonomy terms that resolve.</summary>
    public Csr<TermNode> SuggestedTerms { get; }

    /// <summary>The number of elements.</summary>
    public int Count => Parents.Length;

    /// <summary>The plan's tag rule, which the validator shares.</summary>
    public TagResolver Tags { get; }

    /// <summary>The term a tag names in this plan (<see cref="TagResolver"/>); null when it names none.</summary>
    public TermNode? ResolveTag(Tag tag) => Tags.Resolve(tag);

    private static void AddDense(List<int> list, SdgId id, SdgCatalog catalog)
    {
        if (catalog.Contains(id))
        {
            list.Add(catalog.DenseIndex(id));
        }
    }

    public Plan Plan { get; }

    /// <summary>Element <c>i</c>'s graph node, made when asked for (nodes compare by value).</summary>
    public ElementNodes Nodes { get; }

    public Dictionary<string, int> Ids { get; }

    /// <summary>The parent's index, or -1 for a top-level element or a parent that does not resolve.</summary>
    public int[] Parents { get; }

    public Csr<int> Children { get; }

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

    /// <summary>
    /// Every element, children before their parents: the first <paramref name="peeled"/> in the order
    /// leaves are peeled off the tree (an element comes once all its children have), then the
    /// members of parent cycles, which no peeling reaches, in index order. Linear in the plan's size.
    /// </summary>
    public int[] LeavesFirst(out int peeled)
    {
        var n = Count;
        var pending = new int[n];
        var order = new int[n];
        var head = 0;
        var tail = 0;
        for (var i = 0; i < n; i++)
        {
            pending[i] = Children[i].Count;
            if (pending[i] == 0)
            {
                order[tail++] = i;
            }
        }

        while (head < tail)
        {
            var p = Parents[order[head++]];
            if (p >= 0 && --pending[p] == 0)
            {
                order[tail++] = p;
            }
        }

        peeled = tail;
        for (var i = 0; i < n; i++)
        {
            if (pending[i] > 0)
            {
                order[tail++] = i;
            }
        }

        return order;
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
            var children = Children[i];
            for (var c = children.Count - 1; c >= 0; c--)
            {
                stack.Push(children[c]);
            }
        }
    }
}

/// <summary>A plan's element nodes by index, made on demand rather than held (one object per element saved).</summary>
internal sealed class ElementNodes(Plan plan) : IReadOnlyList<ElementNode>
{
    public ElementNode this[int index] => new(plan.Id, plan.Elements[index].Id);

    public int Count => plan.Elements.Count;

    public IEnumerator<ElementNode> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>What one element's source says about SDG links, packed for <see cref="PlanIndex.Marks"/>.</summary>
[Flags]
internal enum ElementMarks : byte
{
    /// <summary>The element lists at least one SDG link (<see cref="PlanElement.Sdg"/>), known to the catalogue or not.</summary>
    Linked = 1,

    /// <summary>The element's <see cref="PlanElement.SdgStatus"/> is <see cref="SdgMarks.Lost"/>.</summary>
    Lost = 2,
}
