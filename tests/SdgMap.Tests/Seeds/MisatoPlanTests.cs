using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;

namespace SdgMap.Tests.Seeds;

/// <summary>Facts of 三郷市 施策内容（案） (seed 001), as its text states them.</summary>
public class MisatoPlanTests
{
    private const string Id = "misato-measures-draft";

    private static IEnumerable<PlanElement> Initiatives(string measure) =>
        SeedPlans.Plan(Id).Elements.Where(e => e.Parent == measure);

    [Fact]
    public void ThreePolicies_NineMeasures_AndTheTemplatePage()
    {
        var plan = SeedPlans.Plan(Id);
        Assert.Equal(3, plan.Elements.Count(e => e.Level == "経営方針"));
        Assert.Equal(1, plan.Elements.Count(e => e.Level == "まちづくり方針"));
        var measures = plan.Elements.Where(e => e.Level == "施策").Select(e => e.Id).ToList();
        Assert.Equal(["1-1-1", "経1-1", "経1-2", "経1-3", "経2-1", "経2-2", "経2-3", "経3-1", "経3-2", "経3-3"], measures.Order(StringComparer.Ordinal));
        Assert.Equal([6, 5, 3, 5, 4, 6, 10, 2, 4], measures.Where(m => m.StartsWith('経')).Order(StringComparer.Ordinal).Select(m => Initiatives(m).Count()));
    }

    [Fact]
    public void FullWidthCode_IsKeptAsPrinted_AndNormalised()
    {
        var measure = SeedPlans.Element(Id, "経3-3");
        Assert.Equal("スマート自治体の構築", measure.Title);
        Assert.Equal("経3-3", measure.NormalizedCode);
        Assert.Contains(measure.Variants, v => v.Code == "経３-３" && v.Line == 23);
    }

    [Fact]
    public void ReformViewpoints_AreThePlansOwnTaxonomy_OnEveryInitiative()
    {
        var reform = SeedPlans.Plan(Id).Taxonomies.Single(t => t.Id == "reform");
        Assert.Equal(["①", "②", "③", "④", "⑤", "⑥"], reform.Terms.Select(t => t.PrintedMark));
        var first = Initiatives("経3-1").First();
        Assert.Equal("市有財産の適正管理と有効活用", first.Title);
        Assert.Equal([new Tag("reform", "6")], first.Tags);
        var university = SeedPlans.Plan(Id).Elements.Single(e => e.Title == "大学との連携");
        Assert.Equal([new Tag("reform", "3")], university.Tags);
    }

    [Fact]
    public void MatrixOfPoliciesAgainstViewpoints_CountsTheInitiatives()
    {
        var matrix = SeedPlans.Graph.CoverageMatrix(MatrixAxis.Taxonomy("reform"), MatrixAxis.Taxonomy("reform"), new QueryScope { Plans = [Id] });
        var fifth = matrix.Cells.Single(c => c.RowKey == "reform:5" && c.ColumnKey == "reform:5");
        Assert.Equal(4, fifth.Elements.Count(e => e.Code.StartsWith('k')));
    }

    [Fact]
    public void RelatedPlans_AsPrinted()
    {
        Assert.Equal(["第２次埼玉県東南部都市連絡調整会議基本方針", "江戸川水防事務組合　水防計画"], SeedPlans.Element(Id, "経2-2").RelatedPlans);
        Assert.Equal(["三郷市公共施設長寿命化計画"], SeedPlans.Element(Id, "経3-2").RelatedPlans);
    }

    [Fact]
    public void SdgDirections_ArePrinted_ButGoalIconsWereLost()
    {
        var measures = SeedPlans.Plan(Id).Elements.Where(e => e.Level == "施策").ToList();
        Assert.All(measures, m => Assert.Equal(SdgMarks.Lost, m.SdgStatus));
        Assert.All(measures, m => Assert.Contains(m.Sections, s => s.Label!.StartsWith("SDG", StringComparison.Ordinal)));
        Assert.DoesNotContain(SeedPlans.Plan(Id).Elements, e => e.Sdg.Count > 0);
    }

    [Fact]
    public void TemplatePage_HangsUnderItsOwnPolicy()
    {
        var graph = SeedPlans.Graph;
        var ancestors = graph.AncestorsOf(new ElementNode(Id, "1-1-1")).Select(a => graph.Element(a).Title);
        Assert.Equal(["災害から市民の生命と財産を守る", "安全でいつも安心して住めるまちづくり"], ancestors);
        Assert.Equal("災害に強いまちになる", SeedPlans.Element(Id, "1-1-1").TargetState!.Text);
    }
}
