using System.Text.Json;

namespace SdgMap.Tests.Cli;

/// <summary><c>validate --baseline</c> and <c>--max-errors</c>: gate on what is new, and ratchet.</summary>
public sealed class BaselineTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sdgmap-baseline-");

    // Two errors: 1-1's parent does not resolve; 1-2 has no SDG link at 施策.
    private const string Plan = """
        {
          "format": "sdgmap.plan/1",
          "id": "gate-plan",
          "municipality": { "name": "架空市" },
          "title": "計画",
          "levels": [ { "name": "政策" }, { "name": "施策" } ],
          "elements": [
            { "id": "1", "level": "政策", "title": "安心" },
            { "id": "1-1", "level": "施策", "title": "医療", "parent": "9", "sdg": [ "3.8" ] },
            { "id": "1-2", "level": "施策", "title": "介護", "parent": "1" }
          ]
        }
        """;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = SdgMap.Cli.Cli.Run(["validate", .. args, "--require-sdg-at", "施策", "--source-root", _folder.FullName], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Baseline(string plan, string format)
    {
        var (code, output, _) = Run(plan, "--format", format);
        Assert.Equal(1, code);
        return Write($"baseline.{format}", output);
    }

    [Theory]
    [InlineData("sarif")]
    [InlineData("json")]
    public void SameFindings_AreNotNew_Exit0(string format)
    {
        var plan = Write("plan.json", Plan);
        var (code, output, error) = Run(plan, "--baseline", Baseline(plan, format));
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("new since the baseline: 0 error(s)", error, StringComparison.Ordinal);
        Assert.Contains("Known from the baseline: 2; fixed since: 0.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void LinesMoved_FindingsAreNotNew()
    {
        var plan = Write("plan.json", Plan);
        var baseline = Baseline(plan, "sarif");
        File.WriteAllText(plan, Plan.Replace("\"elements\": [", "\"elements\": [\n\n\n\n", StringComparison.Ordinal));
        Assert.Equal(0, Run(plan, "--baseline", baseline).Code);
    }

    [Fact]
    public void NewFinding_Exit1_TextShowsOnlyIt()
    {
        var plan = Write("plan.json", Plan);
        var baseline = Baseline(plan, "sarif");
        File.WriteAllText(plan, Plan.Replace("""{ "id": "1-2", "level": "施策", "title": "介護", "parent": "1" }""", """{ "id": "1-2", "level": "施策", "title": "介護", "parent": "1" }, { "id": "1-3", "level": "施策", "title": "住まい", "parent": "1" }""", StringComparison.Ordinal));
        var (code, output, error) = Run(plan, "--baseline", baseline);
        Assert.Equal(1, code);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("error SDG018: 施策 1-3「住まい」", line, StringComparison.Ordinal);
        Assert.Contains("new since the baseline: 1 error(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void FixedFinding_IsCounted_AndNothingNewPasses()
    {
        var plan = Write("plan.json", Plan);
        var baseline = Baseline(plan, "json");
        File.WriteAllText(plan, Plan.Replace("\"parent\": \"9\"", "\"parent\": \"1\"", StringComparison.Ordinal));
        var (code, _, error) = Run(plan, "--baseline", baseline);
        Assert.Equal(0, code);
        Assert.Contains("Known from the baseline: 1; fixed since: 1.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_WithBaseline_KeepsEveryResultWithItsState()
    {
        var plan = Write("plan.json", Plan);
        var baseline = Baseline(plan, "sarif");
        File.WriteAllText(plan, Plan.Replace("\"sdg\": [ \"3.8\" ]", "\"sdg\": [ \"3.8\", \"3.8\" ]", StringComparison.Ordinal));
        var (code, output, _) = Run(plan, "--baseline", baseline, "--format", "sarif");
        Assert.Equal(0, code); // the new finding is a warning (SDG019)
        using var sarif = JsonDocument.Parse(output);
        var states = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("baselineState").GetString()}").Order(StringComparer.Ordinal);
        Assert.Equal(["SDG002 unchanged", "SDG018 unchanged", "SDG019 new"], states);
    }

    [Fact]
    public void JsonWrittenBeforeFingerprints_IsReadByRuleFilePlanAndElement()
    {
        var plan = Write("plan.json", Plan);
        var (_, json, _) = Run(plan, "--format", "json");
        using var document = JsonDocument.Parse(json);
        var rows = document.RootElement.GetProperty("rows").EnumerateArray().Select(r => new
        {
            rule = r.GetProperty("rule").GetString(),
            severity = r.GetProperty("severity").GetString(),
            plan = r.GetProperty("plan").GetString(),
            element = r.GetProperty("element").GetString(),
            file = r.GetProperty("file").GetString(),
            line = r.GetProperty("line").GetInt32(),
            message = r.GetProperty("message").GetString(),
        });
        var old = Write("old.json", JsonSerializer.Serialize(new { rows }));
        Assert.DoesNotContain("fingerprint", File.ReadAllText(old), StringComparison.Ordinal);
        Assert.Equal(0, Run(plan, "--baseline", old).Code);
    }

    [Fact]
    public void MaxErrors_IsARatchet()
    {
        var plan = Write("plan.json", Plan);
        Assert.Equal(0, Run(plan, "--max-errors", "2").Code);
        var (code, _, error) = Run(plan, "--max-errors", "1");
        Assert.Equal(1, code);
        Assert.Contains("2 error(s), 0 warning(s), 0 note(s). More than --max-errors 1.", error, StringComparison.Ordinal);
        Assert.Equal(1, Run(plan).Code);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("two")]
    [InlineData("1.5")]
    public void MaxErrors_NotAWholeNumber_Exit2(string value)
    {
        var (code, _, error) = Run(Write("plan.json", Plan), "--max-errors", value);
        Assert.Equal(2, code);
        Assert.Contains($"--max-errors takes a whole number of errors (0 or more), not '{value}'.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.sarif", null, "cannot read the baseline")]
    [InlineData("broken.sarif", "{ \"runs\": [", "the baseline is not JSON")]
    [InlineData("other.sarif", """{ "runs": [ { "tool": { "driver": { "name": "eslint" } }, "results": [] } ] }""", "written by 'eslint'")]
    [InlineData("bare.sarif", """{ "runs": [ { "tool": { "driver": { "name": "sdgmap" } }, "results": [ { "ruleId": "SDG002" } ] } ] }""", "result 0 of the baseline has no partialFingerprints.sdgmapFinding/v1")]
    [InlineData("list.json", "[]", "neither SARIF")]
    [InlineData("rows.json", """{ "rows": [ { "message": "m" } ] }""", "has neither a fingerprint nor a rule and a plan")]
    public void UnreadableBaseline_Exit2_NamingTheFile(string name, string? text, string problem)
    {
        var baseline = text is null ? Path.Combine(_folder.FullName, name) : Write(name, text);
        var (code, output, error) = Run(Write("plan.json", Plan), "--baseline", baseline);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"sdgmap: {baseline}", error, StringComparison.Ordinal);
        Assert.Contains(problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public void BaselineIsAFolder_Exit2()
    {
        var (code, _, error) = Run(Write("plan.json", Plan), "--baseline", _folder.FullName);
        Assert.Equal(2, code);
        Assert.Contains("the baseline is a folder", error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
