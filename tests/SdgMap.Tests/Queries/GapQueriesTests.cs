using FsCheck.Xunit;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Tests.Generators;

namespace SdgMap.Tests.Queries;

public class GapQueriesTests
{
    private static readonly Plan Sample = new()
    {
        Id = "gap",
        Municipality = new Municipality { Name = "架空市" },
        Title = "計画",
        Levels = [new PlanLevel { Name = "政策" }, new PlanLevel { Name = "施策" }],
        Taxonomies = [new Taxonomy { Id = "reform", Name = "行革の視点", Terms = [new TaxonomyTerm { Id = "1", Label = "市民サービス", PrintedMark = "①" }, new TaxonomyTerm { Id = "2", Label = "参加と協働", PrintedMark = "②" }] }],
        Elements =
        [
            new PlanElement { Id = "1", Level = "政策", Title = "安心" },
            new PlanElement { Id = "1-1", Level = "施策", Title = "医療", Parent = "1", Sdg = [SdgId.Parse("3.8")], Tags = [new Tag("reform", "1")], Kpis = [new Kpi { Id = "k1", Name = "受診率", Unit = "%", Baseline = new KpiMeasurement { Value = "40" }, Target = new KpiMeasurement { Value = "50" } }] },
            new PlanElement { Id = "1-2", Level = "施策", Title = "介護", Parent = "1", Kpis = [new Kpi { Id = "k2", Name = "受診率", IsRepost = true, RepostOf = "k1" }, new Kpi { Id = "k3", Name = "満足度" }] },
            new PlanElement { Id = "1-3", Level = "施策", Title = "予防", Parent = "1", SdgMarks = SdgMarks.Lost, Kpis = [new Kpi { Id = "k4", Name = "参加者", IsRepost = true }] },
        ],
    };

    private static IReadOnlyList<Gap> Gaps(GapOptions? options = null) => PlanGraph.Build([Sample]).Gaps(options);

    [Fact]
    public void Gaps_ListEachKindInOrder()
    {
        var kinds = Gaps().Select(g => g.Kind).Distinct();
        Assert.Equal([GapKind.UncoveredGoal, GapKind.UncoveredTarget, GapKind.NoSdgLink, GapKind.SdgMarksLost, GapKind.UnusedTerm, GapKind.KpiIncomplete, GapKind.RepostUnresolved], kinds);
    }

    [Fact]
    public void UncoveredGoals_AreTheOthers()
    {
        var goals = Gaps(new GapOptions { By = SdgLevel.Goal }).Where(g => g.Kind == GapKind.UncoveredGoal).Select(g => g.Subject);
        Assert.Equal(Enumerable.Range(1, 17).Where(g => g != 3).Select(g => g.ToString(System.Globalization.CultureInfo.InvariantCulture)), goals);
    }

    [Fact]
    public void MissingLinks_AtTheLevelWhereThePlanLinks_SeparateNoneFromLost()
    {
        var gaps = Gaps();
        Assert.Equal("1-2", gaps.Single(g => g.Kind == GapKind.NoSdgLink).Subject);
        Assert.Equal("1-3", gaps.Single(g => g.Kind == GapKind.SdgMarksLost).Subject);
    }

    [Fact]
    public void RequiredTaxonomy_ReportsMissingTags()
    {
        var missing = Gaps(new GapOptions { Level = "施策", RequiredTaxonomies = ["reform"] }).Where(g => g.Kind == GapKind.MissingTag).Select(g => g.Subject);
        Assert.Equal(["1-2", "1-3"], missing);
    }

    [Fact]
    public void UnusedTerms_AndKpiGaps()
    {
        var gaps = Gaps();
        Assert.Equal(["reform:2"], gaps.Where(g => g.Kind == GapKind.UnusedTerm).Select(g => g.Subject));
        Assert.Equal(["k3"], gaps.Where(g => g.Kind == GapKind.KpiIncomplete).Select(g => g.Subject));
        Assert.Equal(["k4"], gaps.Where(g => g.Kind == GapKind.RepostUnresolved).Select(g => g.Subject));
    }

    [Fact]
    public void RolledUpOnly_WhenALevelIsChosen()
    {
        var gaps = Gaps(new GapOptions { Level = "政策" });
        Assert.Equal(["3"], gaps.Where(g => g.Kind == GapKind.RolledUpOnlyGoal).Select(g => g.Subject));
    }

    [Fact]
    public void PlanWithoutAnyLinks_IsOneGap()
    {
        var bare = Sample with { Id = "bare", Elements = [new PlanElement { Id = "1", Level = "政策", Title = "安心" }] };
        var gaps = PlanGraph.Build([bare]).Gaps();
        Assert.Equal("bare", gaps.Single(g => g.Kind == GapKind.PlanWithoutSdgLinks).Subject);
        Assert.DoesNotContain(gaps, g => g.Kind == GapKind.NoSdgLink);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public bool UncoveredGaps_AreExactlyTheCoverageRowsWithoutDeclaredLinks(Plan plan, bool includeSuggested)
    {
        var graph = PlanGraph.Build([plan, plan with { Id = plan.Id + "-2", Elements = [.. plan.Elements.Skip(1)] }]);
        var scope = new QueryScope { IncludeSuggested = includeSuggested };
        var gaps = graph.Gaps(new GapOptions { AcrossPlans = true }, scope)
            .Where(g => g.Kind is GapKind.UncoveredGoal or GapKind.UncoveredTarget or GapKind.SuggestedOnlyGoal)
            .Select(g => (g.Plan, g.Kind, g.Subject)).ToHashSet();
        var expected = new HashSet<(string, GapKind, string)>();
        foreach (var (by, combined) in new[] { (SdgLevel.Goal, false), (SdgLevel.Target, false), (SdgLevel.Goal, true), (SdgLevel.Target, true) })
        {
            foreach (var row in graph.Coverage(by, scope with { IncludeSuggested = true }, combined))
            {
                var declared = row.Count - row.SuggestedOnly.Count;
                var kind = by == SdgLevel.Goal ? GapKind.UncoveredGoal : GapKind.UncoveredTarget;
                if (row.Count == 0 || (!includeSuggested && declared == 0))
                {
                    expected.Add((row.Plan, kind, row.Sdg.ToString()));
                }
                else if (includeSuggested && declared == 0 && by == SdgLevel.Goal)
                {
                    expected.Add((row.Plan, GapKind.SuggestedOnlyGoal, row.Sdg.ToString()));
                }
            }
        }

        return gaps.SetEquals(expected);
    }

    [Fact]
    public void Kinds_OnlyThoseAreReported_AndUnknownKindsAreRefused()
    {
        var graph = PlanGraph.Build([Sample]);
        var only = graph.Gaps(new GapOptions { Kinds = [GapKind.UncoveredTarget, GapKind.UnusedTerm] });
        Assert.NotEmpty(only);
        Assert.All(only, g => Assert.Contains(g.Kind, new[] { GapKind.UncoveredTarget, GapKind.UnusedTerm }));
        Assert.Equal(graph.Gaps().Where(g => g.Kind is GapKind.UncoveredTarget or GapKind.UnusedTerm), only);
        foreach (var kind in Enum.GetValues<GapKind>())
        {
            foreach (var suggested in new[] { false, true })
            {
                var scope = new QueryScope { IncludeSuggested = suggested };
                Assert.Equal(graph.Gaps(null, scope).Where(g => g.Kind == kind), graph.Gaps(new GapOptions { Kinds = [kind] }, scope));
            }
        }

        var e = Assert.Throws<ArgumentException>(() => graph.Gaps(new GapOptions { Kinds = [(GapKind)99] }));
        Assert.Contains("99", e.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(GapKind.UncoveredGoal), e.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public bool AnySubsetOfKinds_IsTheFullListFilteredInOrder_InAListCountedToItsFinalSize(Plan plan, bool[] asked, bool acrossPlans, bool includeSuggested)
    {
        var graph = PlanGraph.Build([plan, plan with { Id = plan.Id + "-2", Elements = [.. plan.Elements.Skip(1)] }]);
        var kinds = Enum.GetValues<GapKind>().Where((_, k) => k < asked.Length && asked[k]).ToList();
        var scope = new QueryScope { IncludeSuggested = includeSuggested };
        var all = graph.Gaps(new GapOptions { AcrossPlans = acrossPlans }, scope);
        var some = graph.Gaps(new GapOptions { AcrossPlans = acrossPlans, Kinds = kinds }, scope);

        // A scope that only picks plans is counted before it is listed: a count that missed or
        // added a row would leave the list short of, or past, the size it was made at.
        return some.SequenceEqual(all.Where(g => kinds.Contains(g.Kind)))
            && ((List<Gap>)all).Capacity == all.Count
            && ((List<Gap>)some).Capacity == some.Count;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public bool ElementLinkGaps_AreTheDefinitionReadOffTheElementRecords(Plan generated, bool atLevel, bool requireReform, bool within, int unknownLevel)
    {
        // Some elements at a level the plan does not list (depth 0, never checked), and a second
        // plan, so that the packed marks and depths are read per plan.
        var plan = generated with
        {
            Elements = [.. generated.Elements.Select((e, i) => unknownLevel != 0 && i % ((Math.Abs(unknownLevel) % 5) + 2) == 0 ? e with { Level = "未知" } : e)],
        };
        var other = plan with { Id = plan.Id + "-2", Elements = [.. plan.Elements.Skip(1)] };
        var graph = PlanGraph.Build([plan, other]);
        var root = within && plan.Elements.Count > 0 ? new ElementNode(plan.Id, plan.Elements[plan.Elements.Count / 2].Id) : null;
        var level = atLevel ? "階層1" : null;
        string[] taxonomies = !requireReform ? [] : plan.Taxonomies.Count > 0 ? ["care", "reform"] : ["care"];
        GapKind[] kinds = [GapKind.PlanWithoutSdgLinks, GapKind.NoSdgLink, GapKind.SdgMarksLost, GapKind.MissingTag];
        var actual = graph.Gaps(new GapOptions { Level = level, RequiredTaxonomies = taxonomies, Kinds = kinds }, new QueryScope { Within = root })
            .Select(g => (g.Plan, g.Kind, g.Subject, g.Taxonomy));

        var expected = new List<(string, GapKind, string, string?)>();
        foreach (var p in new[] { plan, other })
        {
            var index = graph.Index(p.Id);
            var inScope = root is null
                ? Enumerable.Range(0, p.Elements.Count).ToList()
                : root.PlanId != p.Id ? [] : [.. Enumerable.Range(0, p.Elements.Count).Where(i => p.Elements[i].Id == root.ElementId || index.Descendants(index.Ids[root.ElementId]).Contains(i))];
            bool Marked(PlanElement e) => e.Sdg.Count > 0 || e.SdgStatus == SdgMarks.Lost;
            if (level is null && !p.Elements.Any(Marked))
            {
                expected.Add((p.Id, GapKind.PlanWithoutSdgLinks, p.Id, null));
            }

            var checkedDepths = level is not null
                ? [p.DepthOf(level)]
                : inScope.Where(i => Marked(p.Elements[i])).Select(i => p.DepthOf(p.Elements[i].Level)).ToHashSet();
            foreach (var i in inScope.Where(i => p.DepthOf(p.Elements[i].Level) is var d && d > 0 && checkedDepths.Contains(d)))
            {
                var e = p.Elements[i];
                if (e.Sdg.Count == 0)
                {
                    expected.Add((p.Id, e.SdgStatus == SdgMarks.Lost ? GapKind.SdgMarksLost : GapKind.NoSdgLink, index.Codes[i], null));
                }

                expected.AddRange(taxonomies.Where(t => !index.Terms[i].Any(term => term.Taxonomy == t)).Select(t => (p.Id, GapKind.MissingTag, index.Codes[i], (string?)t)));
            }
        }

        return actual.SequenceEqual(expected);
    }

    [Fact]
    public void UncoveredMessages_FollowTheUiCultureOfEachQuery()
    {
        var graph = PlanGraph.Build([Sample]);
        string Goal1() => graph.Gaps(new GapOptions { Kinds = [GapKind.UncoveredGoal] }).First(g => g.Subject == "1").Message;
        string english, japanese, englishAgain;
        using (UiCulture.Use("en"))
        {
            english = Goal1();
        }

        using (UiCulture.Use("ja"))
        {
            japanese = Goal1();
        }

        using (UiCulture.Use("en"))
        {
            englishAgain = Goal1();
        }

        Assert.StartsWith("no element covers goal 1", english, StringComparison.Ordinal);
        Assert.StartsWith("ゴール1", japanese, StringComparison.Ordinal);
        Assert.Equal(english, englishAgain);
    }
}
