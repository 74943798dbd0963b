using FsCheck.Xunit;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Reuse;
using SdgMap.Tests.Generators;

namespace SdgMap.Tests.Queries;

public class ReuseQueriesTests
{
    private static readonly Plan Sample = new()
    {
        Id = "reuse",
        Municipality = new Municipality { Name = "架空市" },
        Title = "計画",
        Levels = [new PlanLevel { Name = "政策" }, new PlanLevel { Name = "施策" }, new PlanLevel { Name = "基本事業" }],
        Taxonomies =
        [
            new Taxonomy
            {
                Id = "change",
                Name = "社会環境の変化への対応",
                Terms =
                [
                    new TaxonomyTerm { Id = "1", Label = "人口減少", PrintedMark = "①", Members = [new TermMember { Element = "1-1-1" }, new TermMember { Element = "2-1-1" }] },
                    new TaxonomyTerm { Id = "2", Label = "デジタル化", PrintedMark = "②", Members = [new TermMember { Element = "1-1-1" }] },
                ],
            },
        ],
        Elements =
        [
            new PlanElement { Id = "1", Level = "政策", Title = "安心" },
            new PlanElement { Id = "1-1", Level = "施策", Title = "地域", Parent = "1", Sdg = [SdgId.Parse("16.6"), SdgId.Parse("16.7")], Kpis = [new Kpi { Id = "k1", Name = "参加率" }] },
            new PlanElement { Id = "1-1-1", Level = "基本事業", Title = "自治会支援", Parent = "1-1" },
            new PlanElement { Id = "2", Level = "政策", Title = "活力" },
            new PlanElement { Id = "2-1", Level = "施策", Title = "協働", Parent = "2", Sdg = [SdgId.Parse("16.7"), SdgId.Parse("16.6")], Kpis = [new Kpi { Id = "k2", Name = "参加率", IsRepost = true, RepostOf = "k1" }] },
            new PlanElement { Id = "2-1-1", Level = "基本事業", Title = "市民活動", Parent = "2-1", References = [new ElementReference { Element = "1-1-1" }] },
        ],
    };

    private static IReadOnlyList<ReuseGroup> Reuse(params Plan[] plans) => PlanGraph.Build(plans).Reuse();

    [Fact]
    public void ElementListedUnderTwoThemesAndReferenced_IsOneGroup()
    {
        var group = Reuse(Sample).Single(g => g.Kind == ReuseKind.Referenced);
        Assert.Equal("1-1-1", Assert.Single(group.Elements).Code);
        Assert.Equal("referenced by 2-1-1, 社会環境の変化への対応①人口減少, 社会環境の変化への対応②デジタル化", group.Matched);
    }

    [Fact]
    public void RepostedKpi_GroupsOriginalAndRepost()
    {
        var group = Reuse(Sample).Single(g => g.Kind == ReuseKind.RepostedKpi);
        Assert.Equal(["1-1", "2-1"], group.Elements.Select(e => e.Code));
        Assert.Contains("参加率", group.Matched, StringComparison.Ordinal);
    }

    [Fact]
    public void SameTargets_UnderDifferentParents_AreSharedPurpose()
    {
        var group = Reuse(Sample).Single(g => g.Kind == ReuseKind.SharedTargets);
        Assert.Equal(["1-1", "2-1"], group.Elements.Select(e => e.Code));
        Assert.Equal("targets 16.6 16.7", group.Matched);
    }

    [Fact]
    public void SameTargets_AcrossPlans()
    {
        var groups = Reuse(Sample, Sample with { Id = "other" }).Where(g => g.Kind == ReuseKind.SharedTargets).ToList();
        var group = Assert.Single(groups);
        Assert.Equal(["other", "other", "reuse", "reuse"], group.Elements.Select(e => e.PlanId));
        Assert.Equal([1, 2, 3, 4, 5], PlanGraph.Build([Sample, Sample with { Id = "other" }]).Reuse(new ReuseOptions { Textual = false }).Select(g => g.Group));
    }

    [Fact]
    public void SameTitleInTwoPlans_IsIdenticalText_NearlySameIsSimilar()
    {
        var other = Sample with
        {
            Id = "other",
            Elements = [.. Sample.Elements.Select(e => e.Id switch
            {
                "1-1-1" => e with { Title = "自治会支援。" },
                "2-1-1" => e with { Title = "市民活動の推進" },
                _ => e with { Title = e.Title + "の別案件" + e.Id },
            })],
        };
        var textual = PlanGraph.Build([Sample, other]).Reuse(new ReuseOptions { Explicit = false, SharedTargets = false, MinSimilarity = 0.5 });
        var identical = textual.Single(g => g.Kind == ReuseKind.IdenticalText);
        Assert.Equal([("other", "1-1-1"), ("reuse", "1-1-1")], identical.Elements.Select(e => (e.PlanId, e.Code)));
        Assert.Equal("自治会支援", identical.Matched);
        var similar = textual.Single(g => g.Kind == ReuseKind.SimilarText && g.Elements.Any(e => e.Title == "市民活動の推進"));
        Assert.Equal(0.5, similar.Score);
    }

    [Fact]
    public void WhoElse_FindsTheSameWorkInOtherPlans()
    {
        var other = Sample with { Id = "other", Elements = [.. Sample.Elements.Select(e => e.Id == "1-1-1" ? e with { Title = "自治会の支援" } : e with { Title = e.Title + "別" + e.Id })] };
        var graph = PlanGraph.Build([Sample, other]);
        var found = graph.WhoElse(new ElementNode("reuse", "1-1-1"), minSimilarity: 0.5);
        var text = Assert.Single(found, f => f.Kind == ReuseKind.SimilarText);
        Assert.Equal(("other", "1-1-1"), (text.Element.PlanId, text.Element.Code));
        var targets = graph.WhoElse(new ElementNode("reuse", "1-1")).Where(f => f.Kind == ReuseKind.SharedTargets).Select(f => (f.Element.PlanId, f.Element.Code));
        Assert.Equal([("other", "1-1"), ("other", "2-1"), ("reuse", "2-1")], targets);
    }

    // The inverted index must find exactly what comparing every title with every other finds.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public bool WhoElse_SimilarTitles_EqualABruteForceScan(Plan plan, int which)
    {
        if (plan.Elements.Count == 0)
        {
            return true;
        }

        var other = plan with { Id = plan.Id + "-b", Elements = [.. plan.Elements.Select((e, k) => k % 2 == 0 ? e : e with { Title = e.Title + "の推進" })] };
        var graph = PlanGraph.Build([plan, other]);
        var element = plan.Elements[(which & int.MaxValue) % plan.Elements.Count];
        var mine = ReuseText.Shingles(element.Title ?? string.Empty);
        var expected = other.Elements
            .Select((e, k) => (Code: graph.Index(other.Id).Codes[k], Score: ReuseText.Jaccard(mine, ReuseText.Shingles(e.Title ?? string.Empty)), k))
            .Where(x => x.Score >= 0.5)
            .OrderByDescending(x => x.Score).ThenBy(x => x.k)
            .Take(10)
            .Select(x => (x.Code, x.Score));
        var found = graph.WhoElse(new ElementNode(plan.Id, element.Id)).Where(f => f.Kind == ReuseKind.SimilarText).Select(f => (f.Element.Code, f.Score));
        return found.SequenceEqual(expected);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public bool SharedTargetGroups_HoldIdenticalTargetSets_AcrossParents(Plan plan)
    {
        var graph = PlanGraph.Build([plan]);
        foreach (var group in graph.Reuse().Where(g => g.Kind == ReuseKind.SharedTargets))
        {
            var codes = graph.Index(plan.Id).Codes;
            var members = group.Elements.Select(m => plan.Elements[Array.IndexOf(codes, m.Code)]).ToList();
            var sets = members.Select(e => string.Join(' ', e.Sdg.Where(s => s.IsTarget).Distinct().Order())).Distinct().ToList();
            if (members.Count < 2 || sets.Count != 1 || members.Select(e => e.Parent).Distinct().Count() < 2)
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 50)]
    public bool Reuse_DoesNotDependOnLoadOrder(Plan plan)
    {
        var a = plan with { Id = "a" };
        var b = plan with { Id = "b" };
        return PlanGraph.Build([a, b]).Reuse().SequenceEqual(PlanGraph.Build([b, a]).Reuse());
    }

    // The flat counting sort by root must list what grouping the union-find's roots with LINQ lists, in the same order.
    [Property(MaxTest = 300)]
    public bool GroupsOf_EqualsGroupingRootsWithLinq(byte[] forms, (byte A, byte B)[] joins)
    {
        // Text i has form forms[i] % 7, or none (an empty text) for 0; identical[i] is its form's first text.
        var n = forms.Length;
        var identical = new int[n];
        var first = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            identical[i] = forms[i] % 7 == 0 ? -1 : first.TryAdd(forms[i] % 7, i) ? i : first[forms[i] % 7];
        }

        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }

        foreach (var (a, b) in joins.Where(j => j.A < n && j.B < n && identical[j.A] >= 0 && identical[j.B] >= 0))
        {
            Union(a, b);
        }

        for (var i = 0; i < n; i++)
        {
            if (identical[i] >= 0)
            {
                Union(i, identical[i]);
            }
        }

        var expected = Enumerable.Range(0, n).Where(i => identical[i] >= 0).GroupBy(Find).Where(g => g.Count() >= 2).OrderBy(g => g.Key)
            .Select(g => (g.Key, string.Join(',', g), g.Select(i => identical[i]).Distinct().Count()));
        var actual = ReuseQueries.GroupsOf(identical, Find).Select(g => (g.Root, string.Join(',', g.Members), g.Forms));
        return actual.SequenceEqual(expected);
    }
}
