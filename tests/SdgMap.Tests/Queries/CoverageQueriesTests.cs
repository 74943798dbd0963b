using FsCheck.Xunit;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Tests.Generators;

namespace SdgMap.Tests.Queries;

public class CoverageQueriesTests
{
    private static readonly Plan Sample = new()
    {
        Id = "sample",
        Municipality = new Municipality { Name = "架空市" },
        Title = "計画",
        Levels = [new PlanLevel { Name = "政策" }, new PlanLevel { Name = "施策" }, new PlanLevel { Name = "基本事業" }],
        Taxonomies = [new Taxonomy { Id = "reform", Name = "行革の視点", Terms = [new TaxonomyTerm { Id = "1", Label = "市民サービス", PrintedMark = "①" }, new TaxonomyTerm { Id = "2", Label = "参加と協働", PrintedMark = "②" }] }],
        Elements =
        [
            new PlanElement { Id = "1", Code = "１", Level = "政策", Title = "安心" },
            new PlanElement { Id = "1-1", Code = "１－１", Level = "施策", Title = "医療", Parent = "1", Sdg = [Id("3.8")], Tags = [new Tag("care", "medical")] },
            new PlanElement { Id = "1-1-1", Code = "１－１－１", Level = "基本事業", Title = "救急", Parent = "1-1", Sdg = [Id("3.6")], Tags = [new Tag("reform", "1")], Suggested = new SuggestedLinks { Sdg = [new SuggestedSdgLink { Id = Id("11.5") }] } },
            new PlanElement { Id = "2", Code = "２", Level = "政策", Title = "活力", Sdg = [Id("8")] },
            new PlanElement { Id = "2-1", Code = "２－１", Level = "施策", Title = "産業", Parent = "2", Tags = [new Tag("reform", "1")] },
            new PlanElement { Id = "2-1-1", Code = "２－１－１", Level = "基本事業", Title = "商業", Parent = "2-1", Sdg = [Id("8.3"), Id("9.3")] },
        ],
    };

    private static SdgId Id(string text) => SdgId.Parse(text);

    private static PlanGraph Graph(params Plan[] plans) => PlanGraph.Build(plans);

    [Fact]
    public void Matrix_PlanRowsScopedToATag_CountOnlyTheTaggedElementsAndTheirDescendants()
    {
        var matrix = Graph(Sample).CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Targets, new QueryScope { Tag = new Tag("reform", "1") });
        var covered = matrix.Columns.Where((_, c) => matrix.Count(0, c) > 0).Select(c => c.Key).ToList();
        Assert.Equal(["3.6", "8.3", "9.3"], covered);
    }

    [Fact]
    public void Coverage_ByTarget_ListsDirectLinksPerElement()
    {
        var covered = Graph(Sample).Coverage(SdgLevel.Target).Where(r => r.Covered).ToList();
        Assert.Equal(["3.6", "3.8", "8.3", "9.3"], covered.Select(r => r.Sdg.ToString()));
        Assert.Equal(["1-1"], covered.Single(r => r.Sdg == SdgId.Parse("3.8")).Elements.Codes());
        Assert.All(covered, r => Assert.Empty(r.RolledUp));
    }

    [Fact]
    public void Coverage_ByGoal_TargetLinkCoversItsGoal()
    {
        var rows = Graph(Sample).Coverage(SdgLevel.Goal);
        Assert.Equal(17, rows.Count);
        Assert.Equal(["3", "8", "9"], rows.Where(r => r.Covered).Select(r => r.Sdg.ToString()));
        Assert.Equal(["2", "2-1-1"], rows.Single(r => r.Sdg == SdgId.Parse("8")).Elements.Codes());
    }

    [Fact]
    public void Coverage_AtLevel_RollsUpAndSaysSo()
    {
        var rows = Graph(Sample).Coverage(SdgLevel.Goal, new QueryScope { Level = "施策" });
        var goal8 = rows.Single(r => r.Sdg == SdgId.Parse("8"));
        Assert.Equal(["2-1"], goal8.Elements.Codes());
        Assert.Equal(["2-1"], goal8.RolledUp.Codes());
        var goal3 = rows.Single(r => r.Sdg == SdgId.Parse("3"));
        Assert.Equal(["1-1"], goal3.Elements.Codes());
        Assert.Empty(goal3.RolledUp);
    }

    [Fact]
    public void Coverage_SuggestedLinks_CountOnlyWhenAskedFor()
    {
        var graph = Graph(Sample);
        Assert.False(graph.Coverage(SdgLevel.Goal).Single(r => r.Sdg == SdgId.Parse("11")).Covered);
        var withSuggested = graph.Coverage(SdgLevel.Goal, new QueryScope { IncludeSuggested = true }).Single(r => r.Sdg == SdgId.Parse("11"));
        Assert.Equal(["1-1-1"], withSuggested.SuggestedOnly.Codes());
    }

    [Fact]
    public void Coverage_ByTheme_UsesTaggedElementsAndTheirDescendants()
    {
        var rows = Graph(Sample).Coverage(SdgLevel.Goal, new QueryScope { Tag = new Tag("reform", "1") });
        Assert.Equal(["3", "8", "9"], rows.Where(r => r.Covered).Select(r => r.Sdg.ToString()));
        Assert.Equal(["2-1"], rows.Single(r => r.Sdg == SdgId.Parse("9")).Elements.Codes());
    }

    [Fact]
    public void Coverage_Combined_AcrossPlans()
    {
        var rows = Graph(Sample, Sample with { Id = "other" }).Coverage(SdgLevel.Goal, combined: true);
        var goal3 = rows.Single(r => r.Sdg == SdgId.Parse("3"));
        Assert.Equal(CoverageQueries.AllPlans, goal3.Plan);
        Assert.Equal(["other:1-1", "other:1-1-1", "sample:1-1", "sample:1-1-1"], goal3.Elements.QualifiedCodes());
    }

    [Fact]
    public void Matrix_PoliciesAgainstReformViewpoints()
    {
        var matrix = Graph(Sample).CoverageMatrix(MatrixAxis.Level("1"), MatrixAxis.Taxonomy("reform"));
        Assert.Equal(["1", "2"], matrix.Rows.Select(r => r.Key));
        Assert.Equal(["reform:1", "reform:2"], matrix.Columns.Select(c => c.Key));
        Assert.Equal([(0, 0, 1), (1, 0, 1)], matrix.Cells.Select(c => (c.Row, c.Column, c.Count)));
        Assert.Equal(0, matrix.Count(0, 1));
    }

    [Fact]
    public void Matrix_ColumnsCarryTheirTypedKey_TermColumnsATagAndTargetColumnsAnSdgId()
    {
        var byTerm = Graph(Sample).CoverageMatrix(MatrixAxis.Level("1"), MatrixAxis.Taxonomy("reform"));
        Assert.Equal([new Tag("reform", "1"), new Tag("reform", "2")], byTerm.Columns.Select(c => c.Term!.Value));
        Assert.All(byTerm.Columns, c => Assert.Null(c.Sdg));

        var byTarget = Graph(Sample).CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Targets);
        Assert.Equal(169, byTarget.Columns.Count);
        Assert.Equal(Id("3.8"), byTarget.Columns.Single(c => c.Key == "3.8").Sdg);
        Assert.All(byTarget.Columns, c => Assert.True(c.Sdg is { IsGoal: false } && c.Term is null && c.Key == c.Sdg.ToString()));
    }

    [Fact]
    public void Matrix_CareTermsAgainstGoals()
    {
        var matrix = Graph(Sample).CoverageMatrix(MatrixAxis.Taxonomy("care"), MatrixAxis.Goals);
        var medical = matrix.Rows.ToList().FindIndex(r => r.Key == "care:medical");
        Assert.Equal(["1-1", "1-1-1"], matrix.Cells.Single(c => c.Row == medical && c.ColumnKey == "3").Elements.Codes());
    }

    [Fact]
    public void Matrix_PlansSideBySide()
    {
        var matrix = Graph(Sample with { Id = "b" }, Sample with { Id = "a", Elements = [Sample.Elements[0]] }).CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals);
        Assert.Equal(["a", "b"], matrix.Rows.Select(r => r.Key));
        Assert.DoesNotContain(matrix.Cells, c => c.Row == 0);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public bool CoveredAndUncovered_PartitionTheCatalogue(Plan plan)
    {
        var rows = Graph(plan).Coverage(SdgLevel.Target);
        return rows.Count == 169 && rows.Select(r => r.Sdg).Distinct().Count() == 169 && rows.All(r => r.Covered == (r.Count > 0));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public bool AddingALink_NeverRemovesCoverage(Plan plan, SdgId extra, int which)
    {
        if (plan.Elements.Count == 0)
        {
            return true;
        }

        var i = Math.Abs(which % plan.Elements.Count);
        var more = plan with { Elements = [.. plan.Elements.Select((e, k) => k == i ? e with { Sdg = [.. e.Sdg, extra] } : e)] };
        foreach (var by in new[] { SdgLevel.Goal, SdgLevel.Target })
        {
            var before = Graph(plan).Coverage(by).Where(r => r.Covered).Select(r => r.Sdg).ToHashSet();
            var after = Graph(more).Coverage(by).Where(r => r.Covered).Select(r => r.Sdg).ToHashSet();
            if (!before.IsSubsetOf(after))
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public bool RollUp_EqualsUnionOverDescendants(Plan plan)
    {
        var graph = Graph(plan);
        var atLevel = graph.Coverage(SdgLevel.Target, new QueryScope { Level = "1" });
        var index = graph.Index(plan.Id);
        foreach (var node in graph.Elements(plan.Id).Distinct().Where(n => graph.DepthOf(n) == 1))
        {
            var code = index.Codes[graph.Locate(node).Element];
            var rolled = atLevel.Where(r => r.Elements.Codes().Contains(code)).Select(r => r.Sdg.ToString()).ToHashSet();
            var union = graph.DescendantsOf(node).Prepend(node).SelectMany(n => graph.Element(n).Sdg).Where(s => s.IsTarget).Select(s => s.ToString()).ToHashSet();
            if (!union.IsSubsetOf(rolled))
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 50)]
    public bool Results_DoNotDependOnLoadOrder(Plan plan)
    {
        var a = plan with { Id = "a" };
        var b = plan with { Id = "b", Elements = [.. plan.Elements.Take(plan.Elements.Count / 2)] };
        return Graph(a, b).Coverage(SdgLevel.Goal).SequenceEqual(Graph(b, a).Coverage(SdgLevel.Goal))
            && Graph(a, b).Gaps().SequenceEqual(Graph(b, a).Gaps());
    }
}
