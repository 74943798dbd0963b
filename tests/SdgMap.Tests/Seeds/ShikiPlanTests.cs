using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Validation;

namespace SdgMap.Tests.Seeds;

/// <summary>Facts of 志木市 将来ビジョン 後期実現計画 (seed 000), as its text states them.</summary>
public class ShikiPlanTests
{
    private const string Id = "shiki-future-vision-late-plan-2021-2025";

    [Fact]
    public void FivePillars_AndTwentyMeasures()
    {
        Assert.Equal(5, SeedPlans.Count(Id, "施策の柱"));
        Assert.Equal(20, SeedPlans.Count(Id, "施策"));
        var perPillar = SeedPlans.Plan(Id).Elements.Where(e => e.Level == "施策").GroupBy(e => e.Parent).Select(g => g.Count());
        Assert.Equal([5, 4, 5, 4, 2], perPillar.OrderBy(_ => 0));
    }

    [Fact]
    public void ThreeTitles_AreLostInTheText()
    {
        var lost = SeedPlans.Plan(Id).Elements.Where(e => e.Lost.Contains(LostField.Title)).Select(e => e.Id);
        Assert.Equal(["1-2", "3-1", "3-4"], lost);
        Assert.All(SeedPlans.Plan(Id).Elements.Where(e => !lost.Contains(e.Id)), e => Assert.NotNull(e.Title));
    }

    [Fact]
    public void CodesAsPrinted_NormaliseToTheirIds()
    {
        Assert.Equal("１", SeedPlans.Element(Id, "1").Code);
        Assert.Equal("2", SeedPlans.Element(Id, "2").Code);
        Assert.All(SeedPlans.Plan(Id).Elements, e => Assert.Equal(e.Id, e.NormalizedCode));
        Assert.Equal("様々な情報にふれられるまちづくり", SeedPlans.Element(Id, "5-2").Title);
        Assert.Equal("5", SeedPlans.Element(Id, "5-2").Parent);
    }

    [Fact]
    public void SdgMarks_WereLost_NotAbsent()
    {
        var measures = SeedPlans.Plan(Id).Elements.Where(e => e.Level == "施策").ToList();
        Assert.All(measures, e => Assert.Equal(SdgMarks.Lost, e.SdgStatus));
        Assert.DoesNotContain(SeedPlans.Plan(Id).Elements, e => e.Sdg.Count > 0 || e.Tags.Count > 0);
        Assert.Contains(SeedPlans.Plan(Id).Lost, l => l.Contains("14", StringComparison.Ordinal));
    }

    [Fact]
    public void FourViewpoints_AreThePlansOwnTaxonomy()
    {
        var viewpoint = Assert.Single(SeedPlans.Plan(Id).Taxonomies);
        Assert.Equal("策定の視点", viewpoint.Name);
        Assert.Equal(["視点１", "視点２", "視点３", "視点４"], viewpoint.Terms.Select(t => t.PrintedMark));
        Assert.Equal("地域包括ケアの深化・推進", viewpoint.Terms[3].Label);
    }

    [Fact]
    public void RequiringSdgAtMeasures_ReportsTwentyLostMarks()
    {
        var findings = PlanValidator.Validate(SeedPlans.All.Single(d => d.Plan.Id == Id), new ValidationOptions { RequireSdgAt = "施策" });
        var missing = findings.Where(f => f.Rule == ValidationRules.MissingSdgLink.Id).ToList();
        Assert.Equal(20, missing.Count);
        Assert.All(missing, f => Assert.Contains("lost", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Gaps_SayTheMarksWereLost()
    {
        var gaps = SeedPlans.Graph.Gaps(scope: new QueryScope { Plans = [Id] });
        Assert.Equal(20, gaps.Count(g => g.Kind == GapKind.SdgMarksLost));
        Assert.Equal(17, gaps.Count(g => g.Kind == GapKind.UncoveredGoal));
    }

    [Fact]
    public void Period_IsReiwa3To7() =>
        Assert.Equal(new FiscalPeriod { FromFiscalYear = 2021, ToFiscalYear = 2025 }, SeedPlans.Plan(Id).Period);
}
