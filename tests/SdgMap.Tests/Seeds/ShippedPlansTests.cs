using SdgMap.Model;
using SdgMap.Graph;
using SdgMap.Queries;
using SdgMap.Serialization;
using SdgMap.Validation;

namespace SdgMap.Tests.Seeds;

public class ShippedPlansTests
{
    public static TheoryData<string> Files() => [.. RepoPaths.ShippedPlans().Select(p => Path.GetFileName(p))];

    [Fact]
    public void AllFiveSeedPlans_AreShipped() =>
        Assert.Equal(["kitamoto", "kiyose", "kuki", "misato", "shiki"], SeedPlans.All.Select(d => d.Plan.Id.Split('-')[0]).Order());

    [Fact]
    public void EveryShippedPlan_NamesTheSeedItWasEncodedFrom() =>
        Assert.All(SeedPlans.All, d => Assert.Matches(@"^00[0-4]_[0-9a-f]{16}\.txt$", d.Plan.Source!.File!));

    [Theory]
    [MemberData(nameof(Files))]
    public void ShippedPlan_IsInCanonicalForm_SoSavingChangesNothing(string file)
    {
        var path = Path.Combine(RepoPaths.Plans, file);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(bytes, PlanJson.ToUtf8Bytes(PlanJson.Parse(bytes, path).Plan));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ShippedPlan_FileNameIsItsId_AndIdStartsWithRomanisedName(string file)
    {
        var plan = PlanJson.Load(Path.Combine(RepoPaths.Plans, file)).Plan;
        Assert.Equal(Path.GetFileNameWithoutExtension(file), plan.Id);
        Assert.StartsWith(plan.Municipality.NameEn!.ToLowerInvariant() + "-", plan.Id, StringComparison.Ordinal);
        Assert.True(LocalGovernmentCode.IsValid(plan.Municipality.Code!));
    }

    [Fact]
    public void ShippedPlans_HaveNoStructuralErrors()
    {
        var errors = PlanValidator.Validate(SeedPlans.All).Where(f => f.Severity == Severity.Error);
        Assert.Empty(errors.Select(f => f.ToString()));
    }

    [Fact]
    public void CityPromotion_InThreeMunicipalities_IsOneReuseGroup()
    {
        var groups = SeedPlans.Graph.Reuse(new ReuseOptions { Explicit = false, SharedTargets = false, MinSimilarity = 0.45 });
        var promotion = groups.Single(g => g.Elements.Any(e => e.Title == "シティプロモーションの推進"));
        Assert.Equal(ReuseKind.SimilarText, promotion.Kind);
        var members = promotion.Elements.Select(e => (e.PlanId.Split('-')[0], e.Title)).ToList();
        Assert.Contains(("kiyose", "シティプロモーションの推進"), members);
        Assert.Contains(("kuki", "戦略的なシティプロモーションを推進します"), members);
        Assert.Contains(("misato", "シティプロモーションによる魅力発信"), members);
        Assert.Contains("7-4-(1)", promotion.Elements.Select(e => e.Code));
    }

    [Fact]
    public void SameMeasureTitle_InTwoMunicipalities_IsIdenticalText()
    {
        var groups = SeedPlans.Graph.Reuse(new ReuseOptions { Explicit = false, SharedTargets = false });
        var facilities = groups.Single(g => g.Kind == ReuseKind.IdenticalText && g.Matched == "公共施設マネジメントの推進");
        Assert.Equal([("kitamoto", "6-3-5"), ("misato", "経3-2")], facilities.Elements.Select(e => (e.PlanId.Split('-')[0], e.Code)));
        var schools = groups.Single(g => g.Kind == ReuseKind.IdenticalText && g.Matched == "学校教育の充実");
        Assert.Equal(["kitamoto", "kiyose"], schools.Elements.Select(e => e.PlanId.Split('-')[0]));
    }

    [Fact]
    public void ShippedPlans_BuildOneGraph_WhereEveryElementHangsFromItsPlan()
    {
        var graph = SeedPlans.Graph;
        Assert.Equal(5, graph.Graph.Vertices.OfType<PlanNode>().Count());
        foreach (var node in graph.Elements().Distinct())
        {
            var top = graph.AncestorsOf(node).LastOrDefault() ?? node;
            Assert.Contains(graph.Graph.InEdges(top), e => e.Kind == PlanEdgeKind.Contains && e.Source == new PlanNode(node.PlanId));
        }
    }
}
