using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Validation;

namespace SdgMap.Tests.Queries;

public class TypedResultsTests
{
    private static readonly Plan Sample = new()
    {
        Id = "sample",
        Municipality = new Municipality { Name = "架空市" },
        Title = "計画",
        Levels = [new PlanLevel { Name = "政策" }, new PlanLevel { Name = "施策" }],
        Elements =
        [
            new PlanElement { Id = "1", Code = "１", Level = "政策", Title = "安心" },
            new PlanElement { Id = "1-1", Code = "１－１", Level = "施策", Title = "医療", Parent = "1", Sdg = [SdgId.Parse("3.8")], Tags = [new Tag("care", "medical")] },
            new PlanElement { Id = "1-2", Code = "１－２", Level = "施策", Title = "救急", Parent = "1", Tags = [new Tag("care", "x")] },
        ],
    };

    // The plan defines a taxonomy whose id is the built-in 'care', with a term 'x' the built-in lacks.
    private static readonly Plan OwnCare = Sample with
    {
        Taxonomies = [new Taxonomy { Id = "care", Name = "独自のケア", Terms = [new TaxonomyTerm { Id = "x", Label = "独自" }] }],
    };

    private static readonly PlanGraph Graph = PlanGraph.Build([Sample]);

    [Fact]
    public void OwnCareTaxonomy_ValidationAndCoverage_AgreeOnWhichTagsResolve()
    {
        var graph = PlanGraph.Build([OwnCare]);
        var findings = PlanValidator.Validate(graph.Documents[0]);
        var unknownTags = findings.Where(f => f.Rule == ValidationRules.UnknownTag.Id).Select(f => f.Message).ToList();

        // The built-in term resolves: validation accepts it and coverage scoped to it counts the element.
        Assert.DoesNotContain(unknownTags, m => m.Contains("care:medical", StringComparison.Ordinal));
        var medical = graph.Coverage(SdgLevel.Target, new QueryScope { Tag = new Tag("care", "medical") });
        Assert.Equal(["1-1"], medical.Single(r => r.Sdg == SdgId.Parse("3.8")).Elements.Codes());

        // The plan's shadowed term does not: validation reports it and coverage refuses the scope.
        Assert.Contains(unknownTags, m => m.Contains("care:x", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => graph.Coverage(SdgLevel.Target, new QueryScope { Tag = new Tag("care", "x") }));
        Assert.Contains(findings, f => f.Rule == ValidationRules.TaxonomyDefinition.Id);
    }

    [Fact]
    public void UnknownPlanId_ThrowsUnknownIdException_NamingItAndThePlansThatExist_InEveryQuery()
    {
        var calls = new Action[]
        {
            () => Graph.CoveredSdgs("typo"),
            () => Graph.Coverage(SdgLevel.Goal, new QueryScope { Plans = ["typo"] }),
            () => Graph.Compare("sample", "typo"),
            () => Graph.Gaps(scope: new QueryScope { Plans = ["typo"] }),
            () => Graph.Reuse(scope: new QueryScope { Plans = ["typo"] }),
            () => Graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals, new QueryScope { Plans = ["typo"] }),
            () => Graph.Plan("typo"),
        };
        foreach (var call in calls)
        {
            var e = Assert.Throws<UnknownIdException>(call);
            Assert.Equal("typo", e.PlanId);
            Assert.Null(e.ElementId);
            Assert.Contains("'typo'", e.Message, StringComparison.Ordinal);
            Assert.Contains("'sample'", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UnknownElementId_ThrowsUnknownIdException_NamingIt_InEveryQueryTakingAnElement()
    {
        var node = new ElementNode("sample", "9-9");
        var calls = new Action[]
        {
            () => Graph.WhoElse(node),
            () => Graph.Element(node),
            () => Graph.Coverage(SdgLevel.Goal, new QueryScope { Within = node }),
            () => Graph.Gaps(scope: new QueryScope { Within = node }),
        };
        foreach (var call in calls)
        {
            var e = Assert.Throws<UnknownIdException>(call);
            Assert.Equal("9-9", e.ElementId);
            Assert.Contains("'9-9'", e.Message, StringComparison.Ordinal);
            Assert.IsAssignableFrom<KeyNotFoundException>(e);
        }
    }

    [Fact]
    public void CoverageRow_ElementRef_LeadsBackToTheElement()
    {
        var row = Graph.Coverage(SdgLevel.Target).Single(r => r.Sdg == SdgId.Parse("3.8"));
        var element = Assert.Single(row.Elements);
        Assert.Equal("1-1", element.Code);
        Assert.Equal("医療", element.Title);
        Assert.Equal("sample:1-1", element.QualifiedCode);
        Assert.Same(Sample.Elements[1], Graph.Element(element.Node));
    }

    [Fact]
    public void NoSdgLinkGap_ComposesTheSameSentenceAsBefore_AndKeepsItsElement()
    {
        var gap = Graph.Gaps(new GapOptions { Kinds = [GapKind.NoSdgLink] }).Single();
        Assert.Equal("1-2", gap.Subject);
        Assert.Equal(new ElementNode("sample", "1-2"), gap.Element!.Value.Node);
        Assert.Equal("施策 1-2「救急」 has no SDG link: the source declares none.", gap.Message);
        Assert.Equal(gap with { Message = gap.Message }, gap);
    }

    [Fact]
    public void UncoveredGap_CarriesItsSdgId()
    {
        var gap = Graph.Gaps(new GapOptions { Kinds = [GapKind.UncoveredGoal] })[0];
        Assert.Equal(SdgId.Parse("1"), gap.Sdg);
        Assert.Equal("1", gap.Subject);
    }

    [Fact]
    public void Compare_Difference_IsAnEnum()
    {
        var other = Sample with { Id = "other", Elements = [Sample.Elements[0]] };
        var rows = PlanGraph.Build([Sample, other]).Compare("sample", "other", SdgLevel.Goal);
        Assert.Equal(CoverageDifference.OnlyA, rows.Single(r => r.Sdg == SdgId.Parse("3")).Difference);
        Assert.Equal(CoverageDifference.Neither, rows.Single(r => r.Sdg == SdgId.Parse("1")).Difference);
    }
}
