using SdgMap.Catalog;
using SdgMap.Validation;

namespace SdgMap.Tests.Validation;

public sealed class DiagnosticFixTests
{
    [Fact]
    public void ToString_PrintsIdLabelAndEvidence()
    {
        var fix = new DiagnosticFix { Sdg = SdgId.Parse("11.5"), Label = "防災・減災", Evidence = ["避難所", "防災"] };
        Assert.Equal("suggest: 11.5 防災・減災 (「避難所」「防災」)", fix.ToString());
    }

    [Fact]
    public void ToString_WithoutLabelOrEvidence_PrintsTheIdAlone()
    {
        Assert.Equal("suggest: 16", new DiagnosticFix { Sdg = SdgId.Parse("目標16") }.ToString());
    }

    [Fact]
    public void Diagnostics_WithEqualFixes_AreEqual()
    {
        PlanDiagnostic Finding() => new()
        {
            Rule = "SDG018", Severity = Severity.Error, Plan = "p", Message = "m",
            Fixes = [new DiagnosticFix { Sdg = SdgId.Parse("3.8"), Evidence = ["医療"] }],
        };
        Assert.Equal(Finding(), Finding());
        Assert.NotEqual(Finding(), Finding() with { Fixes = [] });
        Assert.Empty(new PlanDiagnostic { Rule = "SDG018", Severity = Severity.Error, Plan = "p", Message = "m" }.Fixes);
    }
}
