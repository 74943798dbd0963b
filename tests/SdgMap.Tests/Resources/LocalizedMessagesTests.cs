using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Serialization;
using SdgMap.Validation;

namespace SdgMap.Tests.Resources;

/// <summary>Messages read in the UI culture: Japanese for ja, English otherwise; rule ids and gap kinds never change.</summary>
public class LocalizedMessagesTests
{
    private static readonly Plan Flawed = new()
    {
        Id = "v",
        Municipality = new Municipality { Name = "架空市", Code = "112284" },
        Title = "計画",
        Levels = [new PlanLevel { Name = "政策" }, new PlanLevel { Name = "施策" }],
        Elements =
        [
            new PlanElement { Id = "1", Code = "１", Level = "政策", Title = "安心" },
            new PlanElement { Id = "1-1", Code = "１－１", Level = "施策", Title = "医療", Parent = "1", Sdg = [SdgId.Parse("4.1"), SdgId.Parse("4.1")] },
            new PlanElement { Id = "1-2", Level = "施策", Title = "迷子", Parent = "9" },
            new PlanElement { Id = "1-3", Level = "施策", Title = "指標", Parent = "1", Kpis = [new Kpi { Id = "k", Name = "参加率" }] },
        ],
    };

    private static IReadOnlyList<PlanDiagnostic> Validate(string culture)
    {
        using var _ = UiCulture.Use(culture);
        return PlanValidator.Validate(PlanDocument.FromPlan(Flawed, "v.json"), new ValidationOptions { RequireSdgAt = "施策" });
    }

    [Fact]
    public void ValidationFindings_InJapanese_KeepRuleIdsOrderAndPlaces()
    {
        var english = Validate("en");
        var japanese = Validate("ja");
        Assert.Equal(english.Select(f => (f.Rule, f.Element, f.Line)), japanese.Select(f => (f.Rule, f.Element, f.Line)));
        Assert.All(english.Zip(japanese), pair => Assert.NotEqual(pair.First.Message, pair.Second.Message));
    }

    [Theory]
    [InlineData("SDG002", "en", "施策 1-2「迷子」: parent '9' is not an element of the plan.")]
    [InlineData("SDG002", "ja", "施策 1-2「迷子」: 親「9」は計画の要素ではありません。")]
    [InlineData("SDG019", "en", "施策 1-1「医療」 lists SDG 4.1 2 times.")]
    [InlineData("SDG019", "ja", "施策 1-1「医療」は SDG 4.1を2回挙げています。")]
    [InlineData("SDG014", "en", "施策 1-3「指標」: KPI 「参加率」 has no unit, baseline value, target value.")]
    [InlineData("SDG014", "ja", "施策 1-3「指標」: KPI「参加率」に単位、基準値、目標値がありません。")]
    [InlineData("SDG018", "ja", "施策 1-2「迷子」にSDGへの関連がありません。原典にも記載がありません。")]
    [InlineData("SDG020", "ja", "架空市の団体コード「112284」は、正しい検査数字を含む6桁の数字ではありません。")]
    public void ValidationFinding_ReadsInTheUiCulture(string rule, string culture, string message) =>
        Assert.Contains(Validate(culture), f => f.Rule == rule && f.Message == message);

    [Fact]
    public void GapMessages_InJapanese_KeepKindsAndSubjects()
    {
        var graph = PlanGraph.Build([Flawed]);
        IReadOnlyList<Gap> english, japanese;
        using (UiCulture.Use("en"))
        {
            english = graph.Gaps();
        }

        using (UiCulture.Use("ja"))
        {
            japanese = graph.Gaps();
        }

        Assert.Equal(english.Select(g => (g.Kind, g.Subject)), japanese.Select(g => (g.Kind, g.Subject)));
        Assert.Contains(english, g => g.Message == "KPI 「参加率」 of 1-3 has no unit, baseline value, target value.");
        Assert.Contains(japanese, g => g.Message == "1-3のKPI「参加率」に単位、基準値、目標値がありません。");
        Assert.Contains(japanese, g => g.Kind == GapKind.UncoveredGoal && g.Message.StartsWith("ゴール1（", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownLevel_IsRefusedInJapanese()
    {
        using var _ = UiCulture.Use("ja");
        var e = Assert.Throws<ArgumentException>(() => PlanValidator.Validate(PlanDocument.FromPlan(Flawed), new ValidationOptions { RequireSdgAt = "事業" }));
        Assert.StartsWith("階層「事業」を持つ計画はありません。", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReuseMatchedText_AndDuplicatePlanIdError_FollowTheUiCulture()
    {
        var shared = Flawed with
        {
            Elements =
            [
                new PlanElement { Id = "1", Level = "政策", Title = "安心" },
                new PlanElement { Id = "2", Level = "政策", Title = "活力" },
                new PlanElement { Id = "1-1", Level = "施策", Title = "医療", Parent = "1", Sdg = [SdgId.Parse("3.8")] },
                new PlanElement { Id = "2-1", Level = "施策", Title = "健診", Parent = "2", Sdg = [SdgId.Parse("3.8")] },
            ],
        };
        string SharedTargets(string culture)
        {
            using var _ = UiCulture.Use(culture);
            return PlanGraph.Build([shared]).Reuse(new ReuseOptions { Explicit = false, Textual = false }).First(g => g.Kind == ReuseKind.SharedTargets).Matched;
        }

        Assert.StartsWith("targets ", SharedTargets("en"), StringComparison.Ordinal);
        Assert.StartsWith("ターゲット ", SharedTargets("ja"), StringComparison.Ordinal);

        using (UiCulture.Use("ja"))
        {
            var e = Assert.Throws<ArgumentException>(() => PlanGraph.Build([Flawed, Flawed]));
            Assert.StartsWith("2つの計画が同じID「v」を持っています（（メモリ上）と（メモリ上））", e.Message, StringComparison.Ordinal);
        }
    }
}
