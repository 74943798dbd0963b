using SdgMap.Cli.Output;
using SdgMap.Validation;

namespace SdgMap.Tests.Cli;

public sealed class GitHubAnnotationsTests
{
    private static string Annotate(string message, string file = "plans/p.json", string plan = "p")
    {
        var output = new StringWriter();
        GitHubAnnotations.Write([new PlanDiagnostic { Rule = "SDG018", Severity = Severity.Error, Plan = plan, Element = "1", File = file, Line = 7, Message = message }], output);
        return output.ToString();
    }

    [Fact]
    public void Message_LineBreaksAndPercent_AreEscapedSoNoSecondCommandStarts()
    {
        var line = Annotate("50%\r\n::error file=x::forged");
        Assert.Equal("::error file=plans/p.json,line=7,title=SDG018 p::50%25%0D%0A::error file=x::forged\n", line);
        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Properties_ColonAndComma_AreEscaped()
    {
        var line = Annotate("m", file: "C:/a,b%.json", plan: "p:1,2");
        Assert.StartsWith("::error file=C%3A/a%2Cb%25.json,line=7,title=SDG018 p%3A1%2C2::m", line, StringComparison.Ordinal);
    }

    [Fact]
    public void EscapeAndBidiOverrides_AreShownAsCodes()
    {
        var line = Annotate("red \u001b[31m text \u202Eevil\u2066 \ud800", plan: "p\u001b");
        Assert.DoesNotContain('\u001b', line);
        Assert.DoesNotContain('\u202E', line);
        Assert.DoesNotContain('\u2066', line);
        Assert.DoesNotContain('\ud800', line);
        Assert.Contains(@"red \u001B[31m text \u202Eevil\u2066 \uD800", line, StringComparison.Ordinal);
        Assert.Contains(@"title=SDG018 p\u001B::", line, StringComparison.Ordinal);
    }

    [Fact]
    public void JapaneseText_IsKeptAsIs()
    {
        Assert.EndsWith("::施策 1-1「医療」 carries no SDG link.\n", Annotate("施策 1-1「医療」 carries no SDG link."), StringComparison.Ordinal);
    }

    [Fact]
    public void Fixes_FollowTheMessageOnLinesOfTheirOwn()
    {
        var output = new StringWriter();
        var finding = new PlanDiagnostic
        {
            Rule = "SDG018", Severity = Severity.Error, Plan = "p", Element = "1", File = "p.json", Line = 7, Message = "施策 1 carries no SDG link.",
            Fixes = [new DiagnosticFix { Sdg = SdgMap.Catalog.SdgId.Parse("11.5"), Label = "防災・減災", Evidence = ["避難所", "防災"] }],
        };
        GitHubAnnotations.Write([finding], output);
        Assert.Equal("::error file=p.json,line=7,title=SDG018 p::施策 1 carries no SDG link.%0Asuggest: 11.5 防災・減災 (「避難所」「防災」)\n", output.ToString());
    }
}
