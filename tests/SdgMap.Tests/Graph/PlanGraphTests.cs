using FsCheck.Xunit;
using QuikGraph;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Tests.Generators;

namespace SdgMap.Tests.Graph;

public class PlanGraphTests
{
    private static readonly Plan Sample = new()
    {
        Id = "sample",
        Municipality = new Municipality { Name = "架空市" },
        Title = "計画",
        Levels = [new PlanLevel { Name = "政策" }, new PlanLevel { Name = "施策" }, new PlanLevel { Name = "基本事業" }],
        Taxonomies = [new Taxonomy { Id = "change", Name = "社会環境の変化", Terms = [new TaxonomyTerm { Id = "1", Label = "人口減少", Members = [new TermMember { Element = "1-1-1" }, new TermMember { Element = "2-1-1" }] }] }],
        Elements =
        [
            new PlanElement { Id = "1", Level = "政策", Title = "安心", Sdg = [SdgId.Parse("3")] },
            new PlanElement { Id = "1-1", Level = "施策", Title = "医療", Parent = "1", Sdg = [SdgId.Parse("3.8")], Tags = [new Tag("care", "medical")] },
            new PlanElement { Id = "1-1-1", Level = "基本事業", Title = "救急", Parent = "1-1", Suggested = new SuggestedLinks { Sdg = [new SuggestedSdgLink { Id = SdgId.Parse("3.6") }, new SuggestedSdgLink { Id = SdgId.Parse("3.8") }] } },
            new PlanElement { Id = "2", Level = "政策", Title = "活力" },
            new PlanElement { Id = "2-1", Level = "施策", Title = "産業", Parent = "2", References = [new ElementReference { Element = "1-1" }] },
            new PlanElement { Id = "2-1-1", Level = "基本事業", Title = "商業", Parent = "2-1" },
            new PlanElement { Id = "orphan", Level = "施策", Title = "迷子", Parent = "missing", Tags = [new Tag("nowhere", "x")] },
        ],
    };

    private static ElementNode Node(string id) => new("sample", id);

    [Fact]
    public void Build_HasTypedVerticesAndEdges()
    {
        var graph = PlanGraph.Build([Sample]);
        var g = graph.Graph;
        Assert.Contains(new PlanGraphEdge(new PlanNode("sample"), Node("1"), PlanEdgeKind.Contains, LinkProvenance.Declared), g.Edges);
        Assert.Contains(new PlanGraphEdge(Node("1-1"), Node("1-1-1"), PlanEdgeKind.Contains, LinkProvenance.Declared), g.Edges);
        Assert.Contains(new PlanGraphEdge(Node("1-1"), new SdgNode(SdgId.Parse("3.8")), PlanEdgeKind.LinksToSdg, LinkProvenance.Declared), g.Edges);
        Assert.Contains(new PlanGraphEdge(Node("1-1-1"), new SdgNode(SdgId.Parse("3.6")), PlanEdgeKind.LinksToSdg, LinkProvenance.Suggested), g.Edges);
        Assert.Contains(new PlanGraphEdge(Node("1-1"), new TermNode(string.Empty, "care", "medical"), PlanEdgeKind.Tagged, LinkProvenance.Declared), g.Edges);
        Assert.Contains(new PlanGraphEdge(Node("2-1"), Node("1-1"), PlanEdgeKind.References, LinkProvenance.Declared), g.Edges);
        Assert.Contains(new PlanGraphEdge(new SdgNode(SdgId.Parse("16.6")), new SdgNode(SdgId.Parse("16")), PlanEdgeKind.TargetWithinGoal, LinkProvenance.Declared), g.Edges);
        Assert.Equal(169, g.Edges.Count(e => e.Kind == PlanEdgeKind.TargetWithinGoal));
    }

    [Fact]
    public void Theme_ListingElementsOfSeveralPolicies_MakesAGraphNotATree()
    {
        var graph = PlanGraph.Build([Sample]);
        var term = new TermNode("sample", "change", "1");
        var tagged = graph.Graph.InEdges(term).Select(e => e.Source).ToList();
        Assert.Equal([Node("1-1-1"), Node("2-1-1")], tagged);
        Assert.NotEqual(graph.AncestorsOf(Node("1-1-1")).Last(), graph.AncestorsOf(Node("2-1-1")).Last());
    }

    [Fact]
    public void SdgLinks_SayWhetherDeclaredInheritedOrSuggested()
    {
        var graph = PlanGraph.Build([Sample]);
        var links = graph.SdgLinksOf(Node("1-1-1"), includeInherited: true, includeSuggested: true);
        Assert.Equal(
            [("3.8", LinkProvenance.Inherited, "1-1"), ("3", LinkProvenance.Inherited, "1"), ("3.6", LinkProvenance.Suggested, "1-1-1")],
            links.Select(l => (l.Sdg.ToString(), l.Provenance, l.From.ElementId)));
        Assert.Empty(graph.SdgLinksOf(Node("1-1-1"), includeInherited: false));
    }

    [Fact]
    public void UnresolvedParentAndUnknownTag_DoNotStopTheGraph()
    {
        var graph = PlanGraph.Build([Sample]);
        Assert.Null(graph.ParentOf(Node("orphan")));
        Assert.Contains(Node("orphan"), graph.RootsOf("sample"));
        Assert.DoesNotContain(graph.Graph.OutEdges(Node("orphan")), e => e.Kind == PlanEdgeKind.Tagged);
    }

    [Fact]
    public void Walks_FollowTheHierarchy()
    {
        var graph = PlanGraph.Build([Sample]);
        Assert.Equal([Node("1-1"), Node("1-1-1")], graph.DescendantsOf(Node("1")));
        Assert.Equal(3, graph.DepthOf(Node("2-1-1")));
        Assert.Equal([Node("2-1")], graph.ChildrenOf(Node("2")));
    }

    [Fact]
    public void ParentCycle_DoesNotHangWalks()
    {
        var plan = Sample with
        {
            Elements = [new PlanElement { Id = "a", Level = "施策", Title = "a", Parent = "b" }, new PlanElement { Id = "b", Level = "施策", Title = "b", Parent = "a" }],
        };
        var graph = PlanGraph.Build([plan]);
        Assert.True(graph.AncestorsOf(new ElementNode("sample", "a")).Count() <= 2);
        Assert.True(graph.DescendantsOf(new ElementNode("sample", "a")).Count() <= 2);
    }

    [Fact]
    public void ManyPlans_InOneGraph_SharedSdgVertices()
    {
        var other = Sample with { Id = "other" };
        var graph = PlanGraph.Build([other, Sample]);
        Assert.Equal(["other", "sample"], graph.Plans.Select(p => p.Id));
        Assert.Equal(2, graph.Graph.InEdges(new SdgNode(SdgId.Parse("3.8"))).Count(e => e.Provenance == LinkProvenance.Declared));
        Assert.Equal(4, graph.Graph.InEdges(new SdgNode(SdgId.Parse("3.8"))).Count());
    }

    [Fact]
    public void DuplicatePlanIds_AreRefused() =>
        Assert.Contains("sample", Assert.Throws<ArgumentException>(() => PlanGraph.Build([Sample, Sample])).Message, StringComparison.Ordinal);

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 50)]
    public bool Graph_DoesNotDependOnLoadOrder(Plan plan)
    {
        var a = plan with { Id = "a" };
        var b = plan with { Id = "b" };
        var one = PlanGraph.Build([a, b]).Graph;
        var two = PlanGraph.Build([b, a]).Graph;
        return one.Edges.SequenceEqual(two.Edges) && one.Vertices.SequenceEqual(two.Vertices);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public bool EveryElement_IsContainedOnce(Plan plan)
    {
        var graph = PlanGraph.Build([plan]);
        var distinct = plan.Elements.Select(e => e.Id).Distinct().Count();
        return graph.Graph.Edges.Count(e => e.Kind == PlanEdgeKind.Contains) >= distinct
            && graph.Elements(plan.Id).Distinct().All(n => graph.Graph.InEdges(n).Any(e => e.Kind == PlanEdgeKind.Contains));
    }

    [Property(MaxTest = 300)]
    public bool Tagged_ElementWithManyRepeatedAndUnknownTags_IsTaggedWithEachKnownTermOnceInFirstSeenOrder(byte[] picks, byte[] memberPicks)
    {
        // Term ids 0-49 exist, 50-59 do not; a row past the scan's 32 terms takes the set path.
        var taxonomy = new Taxonomy
        {
            Id = "theme",
            Name = "テーマ",
            Terms = [.. Enumerable.Range(0, 50).Select(t => new TaxonomyTerm
            {
                Id = $"t{t}",
                Label = $"テーマ{t}",
                Members = memberPicks.Any(m => m % 60 == t) ? [new TermMember { Element = "e" }] : [],
            })],
        };
        var tags = picks.Concat(picks).Select(p => new Tag(p % 7 == 0 ? "care" : "theme", p % 7 == 0 ? "medical" : $"t{p % 60}")).ToList();
        var plan = new Plan
        {
            Id = "p",
            Municipality = new Municipality { Name = "架空市" },
            Title = "計画",
            Levels = [new PlanLevel { Name = "施策" }],
            Taxonomies = [taxonomy],
            Elements = [new PlanElement { Id = "e", Level = "施策", Title = "多くのタグ", Tags = tags }],
        };
        var graph = PlanGraph.Build([plan]);
        var expected = tags.Select(t => graph.ResolveTag("p", t)).OfType<TermNode>()
            .Concat(taxonomy.Terms.Where(t => t.Members.Count > 0).Select(t => new TermNode("p", "theme", t.Id)))
            .Distinct().ToList();
        var actual = graph.Graph.OutEdges(new ElementNode("p", "e")).Where(e => e.Kind == PlanEdgeKind.Tagged).Select(e => e.Target).ToList();
        return expected.SequenceEqual(actual);
    }
}
