using System.Collections.Frozen;
using QuikGraph;
using SdgMap.Catalog;
using SdgMap.Model;
using SdgMap.Resources;
using SdgMap.Serialization;

namespace SdgMap.Graph;

/// <summary>
/// One or many plans as a graph: plans contain elements, elements contain children, refer to
/// each other, link to SDG goals and targets and carry taxonomy terms; targets belong to goals.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Graph"/> is the QuikGraph view for algorithms; the members of this class answer
/// the common walks directly. Plans are ordered by id, so nothing depends on the order they
/// were loaded in. The graph is immutable once built.
/// </para>
/// <para>
/// Mistakes in a plan do not stop the graph from being built: an element whose parent does not
/// resolve hangs from its plan, a tag whose taxonomy is unknown is left out, and
/// <see cref="Validation.PlanValidator"/> reports each of them.
/// </para>
/// </remarks>
public sealed class PlanGraph
{
    private readonly FrozenDictionary<string, PlanIndex> _plans;
    private readonly Lazy<ArrayBidirectionalGraph<PlanGraphNode, PlanGraphEdge>> _graph;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Lazy<object>> _derived = new();

    private PlanGraph(IReadOnlyList<PlanDocument> documents, SdgCatalog catalog)
    {
        Documents = documents;
        Catalog = catalog;
        // Plans index independently, so a national corpus indexes on every core.
        var indexes = new PlanIndex[documents.Count];
        Parallel.For(0, documents.Count, i => indexes[i] = new PlanIndex(documents[i].Plan, catalog));
        _plans = indexes.ToFrozenDictionary(index => index.Plan.Id, StringComparer.Ordinal);
        Plans = [.. documents.Select(d => d.Plan)];
        _graph = new(BuildGraph);
    }

    /// <summary>The plans, ordered by id (ordinal).</summary>
    public IReadOnlyList<Plan> Plans { get; }

    /// <summary>The documents the plans came from, in the order of <see cref="Plans"/>.</summary>
    public IReadOnlyList<PlanDocument> Documents { get; }

    /// <summary>The SDG catalogue the graph's goal and target vertices come from.</summary>
    public SdgCatalog Catalog { get; }

    /// <summary>The graph as QuikGraph sees it (array-backed, immutable), built on first use: the queries walk a denser index and never need it.</summary>
    public IBidirectionalGraph<PlanGraphNode, PlanGraphEdge> Graph => _graph.Value;

    /// <summary>Builds the graph of <paramref name="plans"/>.</summary>
    /// <exception cref="ArgumentException">Two plans share an id.</exception>
    public static PlanGraph Build(IEnumerable<Plan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        return Build(plans.Select(p => PlanDocument.FromPlan(p)));
    }

    /// <summary>Builds the graph of the plans in <paramref name="documents"/>.</summary>
    /// <exception cref="ArgumentException">Two plans share an id; the message names both files.</exception>
    public static PlanGraph Build(IEnumerable<PlanDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var ordered = documents.OrderBy(d => d.Plan.Id, StringComparer.Ordinal).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Plan.Id == ordered[i - 1].Plan.Id)
            {
                throw new ArgumentException(
                    Localized.Format(Messages.GraphDuplicatePlanId, ordered[i].Plan.Id, ordered[i - 1].Path ?? Messages.InMemory, ordered[i].Path ?? Messages.InMemory),
                    nameof(documents));
            }
        }

        // One catalogue exists (the 2030 Agenda's 17 goals and 169 targets); the graph keeps it
        // as a field so that the dense SDG indexes of every plan agree.
        return new PlanGraph(ordered, SdgCatalog.Default);
    }

    /// <summary>The plan with this id.</summary>
    /// <exception cref="UnknownIdException">No plan has that id.</exception>
    public Plan Plan(string planId) => Index(planId).Plan;

    /// <summary>Every element of one plan, or of every plan when <paramref name="planId"/> is null, in plan order.</summary>
    public IEnumerable<ElementNode> Elements(string? planId = null) =>
        planId is null ? Plans.SelectMany(p => _plans[p.Id].Nodes) : Index(planId).Nodes;

    /// <summary>The element behind a vertex.</summary>
    /// <exception cref="UnknownIdException">The graph has no such plan or element.</exception>
    public PlanElement Element(ElementNode node)
    {
        var (index, i) = Locate(node);
        return index.Plan.Elements[i];
    }

    /// <summary>Looks up the element behind a vertex.</summary>
    public bool TryGetElement(ElementNode node, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PlanElement? element)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (_plans.TryGetValue(node.PlanId, out var index) && index.Ids.TryGetValue(node.ElementId, out var i))
        {
            element = index.Plan.Elements[i];
            return true;
        }

        element = null;
        return false;
    }

    /// <summary>The element's parent, or <see langword="null"/> at the top level (or when the parent does not resolve).</summary>
    public ElementNode? ParentOf(ElementNode node)
    {
        var (index, i) = Locate(node);
        return index.Parents[i] < 0 ? null : index.Nodes[index.Parents[i]];
    }

    /// <summary>The element's children in plan order.</summary>
    public IReadOnlyList<ElementNode> ChildrenOf(ElementNode node)
    {
        var (index, i) = Locate(node);
        return [.. index.Children[i].Select(c => index.Nodes[c])];
    }

    /// <summary>The plan's top-level elements (and those whose parent does not resolve), in plan order.</summary>
    public IReadOnlyList<ElementNode> RootsOf(string planId)
    {
        var index = Index(planId);
        return [.. index.Roots.Select(r => index.Nodes[r])];
    }

    /// <summary>The element's ancestors, nearest first.</summary>
    public IEnumerable<ElementNode> AncestorsOf(ElementNode node)
    {
        var (index, i) = Locate(node);
        return index.Ancestors(i).Select(a => index.Nodes[a]);
    }

    /// <summary>The element's descendants in pre-order (children before grandchildren of later children).</summary>
    public IEnumerable<ElementNode> DescendantsOf(ElementNode node)
    {
        var (index, i) = Locate(node);
        return index.Descendants(i).Select(d => index.Nodes[d]);
    }

    /// <summary>The depth of the element's level (1 = top level of its plan), or 0 when its level is not one of the plan's.</summary>
    public int DepthOf(ElementNode node)
    {
        var (index, i) = Locate(node);
        return index.Depths[i];
    }

    /// <summary>
    /// The element's SDG links: those it declares, with <paramref name="includeInherited"/> those its
    /// ancestors declare, with <paramref name="includeSuggested"/> those a tool suggested for it.
    /// A goal or target reached in several ways is listed once, by the closest way
    /// (declared, then inherited from the nearest ancestor, then suggested).
    /// </summary>
    public IReadOnlyList<SdgLink> SdgLinksOf(ElementNode node, bool includeInherited = true, bool includeSuggested = false)
    {
        var (index, i) = Locate(node);
        var links = new List<SdgLink>();
        var seen = new HashSet<SdgId>();
        var element = index.Plan.Elements[i];
        foreach (var id in element.Sdg)
        {
            if (seen.Add(id))
            {
                links.Add(new SdgLink { Sdg = id, Provenance = LinkProvenance.Declared, From = node });
            }
        }

        if (includeInherited)
        {
            foreach (var a in index.Ancestors(i))
            {
                foreach (var id in index.Plan.Elements[a].Sdg)
                {
                    if (seen.Add(id))
                    {
                        links.Add(new SdgLink { Sdg = id, Provenance = LinkProvenance.Inherited, From = index.Nodes[a] });
                    }
                }
            }
        }

        if (includeSuggested && element.Suggested is { } suggested)
        {
            foreach (var s in suggested.Sdg)
            {
                if (seen.Add(s.Id))
                {
                    links.Add(new SdgLink { Sdg = s.Id, Provenance = LinkProvenance.Suggested, From = node, Suggestion = s });
                }
            }
        }

        return links;
    }

    /// <summary>The term vertex a tag names in the context of a plan, or <see langword="null"/> when neither the plan nor the built-ins define it.</summary>
    public TermNode? ResolveTag(string planId, Tag tag) => Index(planId).ResolveTag(tag);

    /// <summary>
    /// An index derived from the graph, built once on first use and kept with it (the graph never
    /// changes), so repeated queries such as who-else pay for it once.
    /// </summary>
    internal T Derived<T>(Func<PlanGraph, T> build)
        where T : class =>
        (T)_derived.GetOrAdd(typeof(T), _ => new Lazy<object>(() => build(this))).Value;

    /// <summary>The dense per-plan index the queries walk.</summary>
    /// <exception cref="UnknownIdException">No plan has that id.</exception>
    internal PlanIndex Index(string planId)
    {
        ArgumentNullException.ThrowIfNull(planId);
        return _plans.TryGetValue(planId, out var index) ? index : throw new UnknownIdException(planId, [.. Plans.Select(p => p.Id)]);
    }

    /// <summary>The plan index and element position of a vertex.</summary>
    internal (PlanIndex Index, int Element) Locate(ElementNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var index = Index(node.PlanId);
        return index.Ids.TryGetValue(node.ElementId, out var i)
            ? (index, i)
            : throw new UnknownIdException(node.PlanId, node.ElementId, index.Count);
    }

    private ArrayBidirectionalGraph<PlanGraphNode, PlanGraphEdge> BuildGraph()
    {
        var graph = new BidirectionalGraph<PlanGraphNode, PlanGraphEdge>(allowParallelEdges: true);
        var edges = new HashSet<PlanGraphEdge>();
        void Add(PlanGraphNode source, PlanGraphNode target, PlanEdgeKind kind, LinkProvenance provenance = LinkProvenance.Declared)
        {
            var edge = new PlanGraphEdge(source, target, kind, provenance);
            if (edges.Add(edge))
            {
                graph.AddVerticesAndEdge(edge);
            }
        }

        foreach (var goal in Catalog.Goals)
        {
            graph.AddVertex(new SdgNode(goal.Id));
            foreach (var target in goal.Targets)
            {
                Add(new SdgNode(target.Id), new SdgNode(goal.Id), PlanEdgeKind.TargetWithinGoal);
            }
        }

        foreach (var taxonomy in BuiltInTaxonomies.All)
        {
            foreach (var term in taxonomy.Terms)
            {
                graph.AddVertex(new TermNode(string.Empty, taxonomy.Id, term.Id));
            }
        }

        foreach (var plan in Plans)
        {
            var index = _plans[plan.Id];
            var planNode = new PlanNode(plan.Id);
            graph.AddVertex(planNode);
            foreach (var taxonomy in plan.Taxonomies)
            {
                foreach (var term in taxonomy.Terms)
                {
                    graph.AddVertex(new TermNode(plan.Id, taxonomy.Id, term.Id));
                }
            }

            for (var i = 0; i < plan.Elements.Count; i++)
            {
                var element = plan.Elements[i];
                var node = index.Nodes[i];
                graph.AddVertex(node);
                Add(index.Parents[i] < 0 ? planNode : index.Nodes[index.Parents[i]], node, PlanEdgeKind.Contains);
                foreach (var reference in element.References)
                {
                    if (index.Ids.TryGetValue(reference.Element, out var r))
                    {
                        Add(node, index.Nodes[r], PlanEdgeKind.References);
                    }
                }

                foreach (var id in element.Sdg.Where(Catalog.Contains))
                {
                    Add(node, new SdgNode(id), PlanEdgeKind.LinksToSdg);
                }

                foreach (var term in index.Terms[i])
                {
                    Add(node, term, PlanEdgeKind.Tagged);
                }

                if (element.Suggested is { } suggested)
                {
                    foreach (var link in suggested.Sdg.Where(s => Catalog.Contains(s.Id)))
                    {
                        Add(node, new SdgNode(link.Id), PlanEdgeKind.LinksToSdg, LinkProvenance.Suggested);
                    }

                    foreach (var term in index.SuggestedTerms[i])
                    {
                        Add(node, term, PlanEdgeKind.Tagged, LinkProvenance.Suggested);
                    }
                }
            }
        }

        return graph.ToArrayBidirectionalGraph();
    }
}
