using SdgMap.Tests.Queries;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Validation;

namespace SdgMap.Tests.Seeds;

/// <summary>Facts of 久喜市 第2次総合振興計画 基本計画 基本目標7・8 (seed 004), as its text states them.</summary>
public class KukiPlanTests
{
    private const string Id = "kuki-2nd-plan-basic-plan-goals-7-8-draft";

    private static readonly QueryScope Kuki = new() { Plans = [Id] };

    [Fact]
    public void TwoGoals_SevenMeasures_TwentyOneDirections()
    {
        Assert.Equal(2, SeedPlans.Count(Id, "基本目標"));
        Assert.Equal(7, SeedPlans.Count(Id, "施策"));
        Assert.Equal(21, SeedPlans.Count(Id, "施策の方向性"));
        Assert.Equal("持続可能でスマートな行政を運営し市民生活を支えるまちをつくる", SeedPlans.Element(Id, "8").Title);
        Assert.Equal("8", SeedPlans.Element(Id, "8-2").Parent);
    }

    [Theory]
    [InlineData("7-1", "16.6 16.7 16.10")]
    [InlineData("7-2", "4.7 10.2 10.7 11.a 17.16")]
    [InlineData("7-3", "4.7 10.2 17.16")]
    [InlineData("7-4", "8.9 11.a 12.b 16.6 16.7 16.10")]
    [InlineData("8-1", "10.2 10.3 12.7 16.5 16.6 16.7 17.14 17.15")]
    [InlineData("8-2", "16.9 16.10 17.8 17.18 17.19")]
    [InlineData("8-3", "10.4 12.7 16.6 16.7 16.10 17.1 17.14 17.15")]
    public void EachMeasure_DeclaresTheTargetsItsPagePrints(string measure, string targets) =>
        Assert.Equal(targets, string.Join(' ', SeedPlans.Element(Id, measure).Sdg));

    [Fact]
    public void CoveredGoals_AreExactlyThoseTheTargetsImply()
    {
        var goals = SeedPlans.Graph.CoveredSdgs(Id, SdgLevel.Goal).Select(g => g.Goal);
        Assert.Equal([4, 8, 10, 11, 12, 16, 17], goals);
        var rows = SeedPlans.Graph.Coverage(SdgLevel.Goal, Kuki).ToDictionary(r => r.Sdg.ToString());
        Assert.Equal(["7-1", "7-4", "8-1", "8-2", "8-3"], rows["16"].Elements.Codes());
        Assert.Equal(["7-2", "7-3", "8-1", "8-2", "8-3"], rows["17"].Elements.Codes());
        Assert.Equal(["7-4"], rows["8"].Elements.Codes());
    }

    [Fact]
    public void CoveredTargets_AreTheTwentyOnePrinted()
    {
        var targets = SeedPlans.Graph.CoveredSdgs(Id).Select(t => t.ToString());
        Assert.Equal(
            ["4.7", "8.9", "10.2", "10.3", "10.4", "10.7", "11.a", "12.7", "12.b", "16.5", "16.6", "16.7", "16.9", "16.10", "17.1", "17.8", "17.14", "17.15", "17.16", "17.18", "17.19"],
            targets);
    }

    [Fact]
    public void Directions_InheritTheirMeasuresTargets_WithoutCoveringThem()
    {
        var links = SeedPlans.Graph.SdgLinksOf(new ElementNode(Id, "7-1-(1)"));
        Assert.Equal(["16.6", "16.7", "16.10"], links.Select(l => l.Sdg.ToString()));
        Assert.All(links, l => Assert.Equal(LinkProvenance.Inherited, l.Provenance));
        var atDirections = SeedPlans.Graph.Gaps(new GapOptions { Level = "施策の方向性" }, Kuki);
        Assert.Equal(21, atDirections.Count(g => g.Kind == GapKind.NoSdgLink));
    }

    [Fact]
    public void Kpis_HaveBlankValues_AndOneRepostWhoseOriginalIsElsewhere()
    {
        var kpis = SeedPlans.Plan(Id).Elements.SelectMany(e => e.Kpis).ToList();
        Assert.Equal(15, kpis.Count);
        Assert.All(kpis, k => Assert.Equal((null, 2021, null, 2027), (k.Baseline!.Value, k.Baseline.FiscalYear, k.Target!.Value, k.Target.FiscalYear)));
        var repost = Assert.Single(kpis, k => k.IsRepost);
        Assert.Equal(("7-4/k3", "ふるさと納税寄附金の寄附者数", null), (repost.Id, repost.Name, repost.RepostOf));
        var finding = Assert.Single(PlanValidator.Validate(SeedPlans.All.Single(d => d.Plan.Id == Id)), f => f.Rule == "SDG015");
        Assert.Equal("7-4", finding.Element);
        Assert.Equal(GapKind.RepostUnresolved, SeedPlans.Graph.Gaps(scope: Kuki).Single(g => g.Subject == "7-4/k3" && g.Kind == GapKind.RepostUnresolved).Kind);
    }

    [Fact]
    public void RelatedPlans_AsPrinted()
    {
        var related = SeedPlans.Element(Id, "8-1").RelatedPlans;
        Assert.Equal(4, related.Count);
        Assert.Equal("久喜市定員適正化計画（令和 2 (2020) 年度～令和 6 (2024) 年度）", related[0]);
        Assert.Empty(SeedPlans.Element(Id, "7-2").RelatedPlans);
    }

    [Fact]
    public void MeasuresSharingTargets_AcrossGoals_AreSharedPurpose()
    {
        var groups = SeedPlans.Graph.Reuse(new ReuseOptions { Textual = false }, Kuki).Where(g => g.Kind == ReuseKind.SharedTargets);
        Assert.Empty(groups);
        var who = SeedPlans.Graph.WhoElse(new ElementNode(Id, "7-1")).Where(w => w.Kind == ReuseKind.SharedTargets).ToList();
        Assert.Equal(("7-4", 0.5), (who[0].Element.Code, who[0].Score));
        Assert.Equal("16.6 16.7 16.10", who[0].Matched);
    }

    [Fact]
    public void CodesAsPrinted_NormaliseToIds()
    {
        Assert.Equal(("7-1.", "7-1"), (SeedPlans.Element(Id, "7-1").Code, SeedPlans.Element(Id, "7-1").NormalizedCode));
        Assert.Equal("（１）", SeedPlans.Element(Id, "7-1-(1)").Code);
        Assert.Equal("(1)", SeedPlans.Element(Id, "7-1-(1)").NormalizedCode);
        Assert.Null(SeedPlans.Plan(Id).Period);
        Assert.Equal(SdgId.Parse("11.a"), SeedPlans.Element(Id, "7-2").Sdg[3]);
    }
}
