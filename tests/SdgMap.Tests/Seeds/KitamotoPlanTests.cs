using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Validation;

namespace SdgMap.Tests.Seeds;

/// <summary>Facts of 北本市 第六次総合振興計画 前期基本計画 (seed 003), as its text states them.</summary>
public class KitamotoPlanTests
{
    private const string Id = "kitamoto-6th-plan-first-basic-plan-2026-2030";

    [Fact]
    public void SixPolicies_TwentySevenMeasures_OneHundredNineProjects_AsTheDocumentStates()
    {
        Assert.Equal(6, SeedPlans.Count(Id, "政策"));
        Assert.Equal(27, SeedPlans.Count(Id, "施策"));
        Assert.Equal(109, SeedPlans.Count(Id, "基本事業"));
        Assert.Equal(7, SeedPlans.Plan(Id).Elements.Count(e => e.Parent == "6-3"));
        Assert.Equal("自治体ＤＸの推進", SeedPlans.Element(Id, "6-3-6").Title);
    }

    [Fact]
    public void OnePriorityMark()
    {
        var priority = Assert.Single(SeedPlans.Plan(Id).Elements, e => e.Priority);
        Assert.Equal(("3-3-2", "重層的支援体制の整備"), (priority.Id, priority.Title));
    }

    [Fact]
    public void SocialChangeThemes_ListProjectsAcrossPolicies_AsPrinted()
    {
        var change = SeedPlans.Plan(Id).Taxonomies.Single(t => t.Id == "change");
        Assert.Equal(5, change.Terms.Count);
        Assert.Equal(["5-2-3"], change.Terms[3].Members.Select(m => m.Element));
        var findings = PlanValidator.Validate(SeedPlans.All.Single(d => d.Plan.Id == Id));
        Assert.Contains(findings, f => f.Rule == "SDG010" && f.Element == "1-1-3" && f.Message.Contains("こどもの居場所づくり", StringComparison.Ordinal));
        Assert.Equal(2, findings.Count(f => f.Rule == "SDG009" && f.Element == "4-2"));
    }

    [Fact]
    public void OutcomeIndicators_HaveNoValuesInTheText_AndNoSdgLinks()
    {
        var kpis = SeedPlans.Plan(Id).Elements.SelectMany(e => e.Kpis).ToList();
        Assert.Equal(48, kpis.Count);
        Assert.Equal(["実質公債費比率", "将来負担比率", "公共施設延床面積の削除率", "オンライン手続が可能な手続きの件数"], SeedPlans.Element(Id, "6-3").Kpis.Select(k => k.Name));
        Assert.Empty(SeedPlans.Graph.CoveredSdgs(Id, SdgLevel.Goal));
        Assert.Equal(new FiscalPeriod { FromFiscalYear = 2026, ToFiscalYear = 2030 }, SeedPlans.Plan(Id).Period);
    }
}
