using System.Text.Json;

namespace SdgMap.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sdgmap-validate-");

    private const string PlanWithMistakes = """
        {
          "format": "sdgmap.plan/1",
          "id": "bad-plan",
          "municipality": { "name": "架空市" },
          "title": "計画",
          "levels": [ { "name": "政策" }, { "name": "施策" } ],
          "elements": [
            { "id": "1", "level": "政策", "title": "安心" },
            { "id": "1-1", "level": "施策", "title": "医療", "parent": "9" },
            { "id": "1-2", "level": "施策", "title": "介護", "parent": "1", "sdgMarks": "lost" }
          ]
        }
        """;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(args);

    [Fact]
    public void Errors_Exit1_WithFileLineAndRule()
    {
        var path = Write("plan.json", PlanWithMistakes);
        var (code, output, error) = Run("validate", path);
        Assert.Equal(1, code);
        Assert.Contains($"{path}:9: error SDG002: 施策 1-1「医療」: parent '9' is not an element of the plan.", output, StringComparison.Ordinal);
        Assert.Contains("1 error(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredLevel_ReportsLostMarks()
    {
        var (_, output, _) = Run("validate", Write("plan.json", PlanWithMistakes), "--require-sdg-at", "施策");
        Assert.Contains("SDG018: 施策 1-2「介護」 carries no SDG link: the source marked SDGs here, but the marks were pictures the text lost.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_CanTurnAnErrorOff_Exit0()
    {
        var config = Write("sdgmap.json", """{ "severities": { "unresolved-parent": "off" } }""");
        Assert.Equal(0, Run("validate", Write("plan.json", PlanWithMistakes), "--config", config).Code);
    }

    [Fact]
    public void Sarif_HasRulesAndResultsWithRegions()
    {
        var (_, output, _) = Run("validate", Write("plan.json", PlanWithMistakes), "--format", "sarif");
        using var sarif = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("sdgmap", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var result = run.GetProperty("results")[0];
        Assert.Equal("SDG002", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal(9, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void GitHub_PrintsWorkflowCommands()
    {
        var path = Write("plan.json", PlanWithMistakes);
        var (_, output, _) = Run("validate", path, "--format", "github");
        Assert.StartsWith($"::error file={path},line=9,title=SDG002 bad-plan::", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_ListsEveryRule()
    {
        var (code, output, _) = Run("rules", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(22, json.RootElement.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public void ImportThenExport_RoundTripsTheTable()
    {
        var table = Write("plan.csv", "\uFEFFid,code,level,title,parent,sdg,tags,priority,description,kpi,unit,baseline,baselineYear,target,targetYear\r\n1,１,政策,安心,,,,,,,,,,,\r\n1-1,１－１,施策,医療,1,3.8,care:medical,true,説明,受診率,%,40,2021,50,2027\r\n");
        var json = Path.Combine(_folder.FullName, "plan.json");
        Assert.Equal(0, Run("import", table, "--id", "kaku-plan", "--municipality", "架空市", "-o", json).Code);
        var (code, output, _) = Run("export", json, "--to", "csv");
        Assert.Equal(0, code);
        Assert.Equal("\uFEFF" + File.ReadAllText(table), output);
    }

    [Fact]
    public void Export_Dot_OfOneElement()
    {
        var path = Write("plan.json", PlanWithMistakes);
        var (code, output, _) = Run("export", path, "--to", "dot", "--element", "1");
        Assert.Equal(0, code);
        Assert.StartsWith("digraph \"bad-plan\"", output, StringComparison.Ordinal);
        Assert.Equal(2, Run("export", path, "--to", "dot", "--element", "404").Code);
    }

    [Fact]
    public void Compare_TwoPlans()
    {
        var a = Write("a.json", PlanWithMistakes.Replace("\"title\": \"安心\"", "\"title\": \"安心\", \"sdg\": [ \"3.8\" ]", StringComparison.Ordinal));
        var b = Write("b.json", PlanWithMistakes.Replace("bad-plan", "other-plan", StringComparison.Ordinal));
        var (code, output, _) = Run("compare", a, b, "--differences", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var row = json.RootElement.GetProperty("rows").EnumerateArray().Single();
        Assert.Equal("3.8", row.GetProperty("sdg").GetString());
        Assert.Equal("only-a", row.GetProperty("difference").GetString());
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
