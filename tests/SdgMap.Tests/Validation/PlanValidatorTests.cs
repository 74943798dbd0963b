using SdgMap.Catalog;
using SdgMap.Model;
using SdgMap.Serialization;
using SdgMap.Validation;

namespace SdgMap.Tests.Validation;

public class PlanValidatorTests
{
    private static readonly Plan Base = new()
    {
        Id = "v",
        Municipality = new Municipality { Name = "架空市", Code = "112283" },
        Title = "計画",
        Levels = [new PlanLevel { Name = "政策" }, new PlanLevel { Name = "施策" }],
        Taxonomies = [new Taxonomy { Id = "reform", Name = "行革の視点", Terms = [new TaxonomyTerm { Id = "1", Label = "市民サービス" }] }],
        Elements =
        [
            new PlanElement { Id = "1", Code = "１", Level = "政策", Title = "安心" },
            new PlanElement { Id = "1-1", Code = "１－１", Level = "施策", Title = "医療", Parent = "1", Sdg = [SdgId.Parse("3.8")] },
        ],
    };

    private static IReadOnlyList<PlanDiagnostic> Validate(Plan plan, ValidationOptions? options = null) =>
        PlanValidator.Validate(PlanDocument.FromPlan(plan, "v.json"), options);

    private static Plan With(params PlanElement[] extra) => Base with { Elements = [.. Base.Elements, .. extra] };

    [Fact]
    public void ConsistentPlan_HasNoFindings() => Assert.Empty(Validate(Base));

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Mistake_IsReportedByItsRule(string rule, PlanElement extra, string inMessage)
    {
        var finding = Assert.Single(Validate(With(extra)), f => f.Rule == rule);
        Assert.Contains(inMessage, finding.Message, StringComparison.Ordinal);
        Assert.Equal("v", finding.Plan);
        Assert.Equal("v.json", finding.File);
    }

    public static TheoryData<string, PlanElement, string> Mistakes() => new()
    {
        { "SDG001", new PlanElement { Id = "1-1", Level = "施策", Title = "重複", Parent = "1" }, "id '1-1'" },
        { "SDG002", new PlanElement { Id = "x", Level = "施策", Title = "迷子", Parent = "9" }, "parent '9'" },
        { "SDG004", new PlanElement { Id = "x", Level = "事業", Title = "x", Parent = "1" }, "level '事業'" },
        { "SDG005", new PlanElement { Id = "x", Level = "政策", Title = "x", Parent = "1-1" }, "at level 2" },
        { "SDG006", new PlanElement { Id = "x", Level = "施策", Title = "x", Parent = "1", Tags = [new Tag("reform", "7")] }, "term '7'" },
        { "SDG006", new PlanElement { Id = "x", Level = "施策", Title = "x", Parent = "1", Tags = [new Tag("themes", "1")] }, "taxonomy 'themes'" },
        { "SDG007", new PlanElement { Id = "x", Level = "施策", Title = "x", Parent = "1", References = [new ElementReference { Element = "zz" }] }, "'zz'" },
        { "SDG008", new PlanElement { Id = "x", Code = "1-1", Level = "施策", Title = "別", Parent = "1" }, "code '1-1'" },
        { "SDG009", new PlanElement { Id = "x", Level = "施策", Title = "防災", Parent = "1", Variants = [new CodeVariant { Title = "防災・減災", Line = 12 }] }, "「防災・減災」" },
        { "SDG011", new PlanElement { Id = "x", Level = "施策", Parent = "1" }, "no title" },
        { "SDG012", new PlanElement { Id = "x", Level = "施策", Title = "x", Parent = "1", Sdg = [SdgId.Parse("4")], SdgMarks = SdgMarks.Lost }, "sdgMarks 'lost'" },
        { "SDG013", new PlanElement { Id = "x", Level = "施策", Title = "x", Parent = "1", Sdg = [SdgId.Parse("16"), SdgId.Parse("11.3")] }, "target 11.3" },
        { "SDG014", new PlanElement { Id = "x", Level = "施策", Title = "x", Parent = "1", Kpis = [new Kpi { Id = "k", Name = "参加率" }] }, "unit, baseline value, target value" },
        { "SDG015", new PlanElement { Id = "x", Level = "施策", Title = "x", Parent = "1", Kpis = [new Kpi { Id = "k", Name = "参加率", Unit = "%", IsRepost = true }] }, "【再掲】" },
        { "SDG019", new PlanElement { Id = "x", Level = "施策", Title = "x", Parent = "1", Sdg = [SdgId.Parse("4.1"), SdgId.Parse("4.1")] }, "4.1 2 times" },
    };

    [Fact]
    public void RelativeCodes_RestartUnderEachParent_WithoutFindings()
    {
        var plan = With(
            new PlanElement { Id = "1-1-(1)", Code = "（１）", Level = "施策", Title = "a", Parent = "1-1" },
            new PlanElement { Id = "1-1-(2)", Code = "(2)", Level = "施策", Title = "b", Parent = "1-1" },
            new PlanElement { Id = "1-(1)", Code = "(1)", Level = "施策", Title = "c", Parent = "1" },
            new PlanElement { Id = "1-1-(1)b", Code = "(1)", Level = "施策", Title = "d", Parent = "1-1" });
        var duplicate = Assert.Single(Validate(plan), f => f.Rule == "SDG008");
        Assert.Equal("1-1-(1)b", duplicate.Element);
    }

    [Fact]
    public void Cycle_IsReported()
    {
        var plan = Base with { Elements = [new PlanElement { Id = "a", Level = "施策", Title = "a", Parent = "b" }, new PlanElement { Id = "b", Level = "施策", Title = "b", Parent = "a" }] };
        Assert.Equal(2, Validate(plan).Count(f => f.Rule == "SDG003"));
    }

    [Fact]
    public void TermMemberTitle_DifferentFromElement_IsReported()
    {
        var plan = Base with { Taxonomies = [new Taxonomy { Id = "change", Name = "社会環境の変化", Terms = [new TaxonomyTerm { Id = "1", Label = "人口減少", PrintedMark = "①", Members = [new TermMember { Element = "1-1", PrintedTitle = "医療の充実" }, new TermMember { Element = "404" }] }] }] };
        var findings = Validate(plan);
        Assert.Contains(findings, f => f.Rule == "SDG010" && f.Element == "1-1" && f.Message.Contains("「医療の充実」", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Rule == "SDG007" && f.Message.Contains("'404'", StringComparison.Ordinal));
    }

    [Fact]
    public void RequiredSdgLevel_SaysWhetherNoneDeclaredOrMarksLost()
    {
        var plan = With(
            new PlanElement { Id = "1-2", Level = "施策", Title = "介護", Parent = "1" },
            new PlanElement { Id = "1-3", Level = "施策", Title = "予防", Parent = "1", SdgMarks = SdgMarks.Lost });
        var findings = Validate(plan, new ValidationOptions { RequireSdgAt = "施策" }).Where(f => f.Rule == "SDG018").ToList();
        Assert.Equal(["1-2", "1-3"], findings.Select(f => f.Element));
        Assert.Contains("declares none", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("marks were pictures the text lost", findings[1].Message, StringComparison.Ordinal);
        Assert.Equal(findings, Validate(plan, new ValidationOptions { RequireSdgAt = "2" }).Where(f => f.Rule == "SDG018"));
    }

    [Fact]
    public void Severity_CanBeConfiguredOrTurnedOff()
    {
        var plan = With(new PlanElement { Id = "x", Level = "施策", Title = "x", Parent = "9" });
        Assert.Equal(Severity.Info, Validate(plan, new ValidationOptions { Severities = new Dictionary<string, Severity?> { ["unresolved-parent"] = Severity.Info } }).Single().Severity);
        Assert.Empty(Validate(plan, new ValidationOptions { Severities = new Dictionary<string, Severity?> { ["SDG002"] = null } }));
    }

    [Theory]
    [InlineData("112283", true)]
    [InlineData("112372", true)]
    [InlineData("132217", true)]
    [InlineData("112330", true)]
    [InlineData("112321", true)]
    [InlineData("112284", false)]
    [InlineData("11228", false)]
    public void LocalGovernmentCode_CheckDigit(string code, bool valid) =>
        Assert.Equal(valid, LocalGovernmentCode.IsValid(code));

    [Fact]
    public void DuplicatePlanIds_AcrossFiles_AreReported()
    {
        var findings = PlanValidator.Validate([PlanDocument.FromPlan(Base, "a.json"), PlanDocument.FromPlan(Base, "b.json")]);
        Assert.Contains(findings, f => f.Rule == "SDG021" && f.Message.Contains("a.json", StringComparison.Ordinal));
    }
}
