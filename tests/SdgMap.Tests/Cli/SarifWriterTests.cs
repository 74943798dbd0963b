using System.Text.Json;
using SdgMap.Cli.Output;
using SdgMap.Validation;

namespace SdgMap.Tests.Cli;

/// <summary>What GitHub code scanning requires of the SARIF log, checked without the npm validator.</summary>
public sealed class SarifWriterTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sdgmap-sarif-");

    internal const string Plan = """
        {
          "format": "sdgmap.plan/1",
          "id": "sarif-plan",
          "municipality": { "name": "架空市" },
          "title": "計画",
          "levels": [ { "name": "政策" }, { "name": "施策" } ],
          "elements": [
            { "id": "1", "level": "政策", "title": "安心" },
            { "id": "1-1", "level": "施策", "title": "医療", "parent": "9" },
            { "id": "1-2", "level": "施策", "title": "介護", "parent": "1" }
          ]
        }
        """;

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static JsonElement Sarif(params string[] args)
    {
        var stdout = new StringWriter();
        SdgMap.Cli.Cli.Run(["validate", .. args, "--format", "sarif"], stdout, new StringWriter());
        return JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("runs")[0].Clone();
    }

    private static List<JsonElement> Results(JsonElement run) => [.. run.GetProperty("results").EnumerateArray()];

    private static string Uri(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;

    private static string Fingerprint(JsonElement result) =>
        result.GetProperty("partialFingerprints").GetProperty(Fingerprints.Key).GetString()!;

    [Fact]
    public void Rules_EachHasFullDescriptionAndHelpInTextAndMarkdown()
    {
        var run = Sarif(Write("plan.json", Plan));
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(ValidationRules.All.Count, rules.Count);
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()), id);
            var help = rule.GetProperty("help");
            Assert.Contains(id, help.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain("`", help.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains($"**{id} `", help.GetProperty("markdown").GetString(), StringComparison.Ordinal);
            Assert.True(System.Uri.IsWellFormedUriString(rule.GetProperty("helpUri").GetString(), UriKind.Absolute), id);
        }
    }

    [Fact]
    public void LangJa_WritesJapaneseRuleTextsAndMessages_UnderTheSameRuleIds_AndSaysSo()
    {
        var path = Write("plan.json", Plan);
        var english = Sarif(path, "--require-sdg-at", "施策");
        var japanese = Sarif(path, "--require-sdg-at", "施策", "--lang", "ja");
        Assert.False(english.TryGetProperty("language", out _));
        Assert.Equal("ja-JP", japanese.GetProperty("language").GetString());
        static List<string?> Ids(JsonElement run, string array, string property) =>
            [.. (array == "rules" ? run.GetProperty("tool").GetProperty("driver").GetProperty("rules") : run.GetProperty("results")).EnumerateArray().Select(r => r.GetProperty(property).GetString())];
        Assert.Equal(Ids(english, "rules", "id"), Ids(japanese, "rules", "id"));
        Assert.Equal(Ids(english, "results", "ruleId"), Ids(japanese, "results", "ruleId"));
        var rule = japanese.GetProperty("tool").GetProperty("driver").GetProperty("rules")[1];
        Assert.Equal("SDG002", rule.GetProperty("id").GetString());
        Assert.Equal("親（parent）が同じ計画の要素を指していること。", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Contains("既定の重大度: error。", rule.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(Results(japanese), r => r.GetProperty("ruleId").GetString() == "SDG002"
            && r.GetProperty("message").GetProperty("text").GetString()!.Contains("親「9」は計画の要素ではありません。", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_EveryRuleHasItsOwnHelp()
    {
        Assert.All(ValidationRules.All, r => Assert.True(r.Help.Length > 40, r.Id));
        Assert.Equal(ValidationRules.All.Count, ValidationRules.All.Select(r => r.Help).Distinct().Count());
    }

    [Fact]
    public void FileUnderSourceRoot_IsRelativeToSrcRoot()
    {
        var path = Write(Path.Combine("plans", "計画 1.json"), Plan);
        var run = Sarif(path, "--source-root", _folder.FullName);
        var baseUri = run.GetProperty("originalUriBaseIds").GetProperty(SourceRoot.BaseId).GetProperty("uri").GetString()!;
        Assert.StartsWith("file:///", baseUri, StringComparison.Ordinal);
        Assert.EndsWith("/", baseUri, StringComparison.Ordinal);
        var result = Results(run).First();
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("SRCROOT", location.GetProperty("uriBaseId").GetString());
        Assert.Equal("plans/%E8%A8%88%E7%94%BB%201.json", location.GetProperty("uri").GetString());
        Assert.Equal(path, new Uri(new Uri(baseUri), location.GetProperty("uri").GetString()).LocalPath);
    }

    [Fact]
    public void FileOutsideSourceRoot_AbsoluteUriKeepsPercentEscaped()
    {
        var path = Write(Path.Combine("elsewhere", "b%41.json"), Plan);
        var root = Directory.CreateDirectory(Path.Combine(_folder.FullName, "root")).FullName;
        var result = Results(Sarif(path, "--source-root", root)).First();
        Assert.False(result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").TryGetProperty("uriBaseId", out _));
        var uri = Uri(result);
        Assert.EndsWith("/elsewhere/b%2541.json", uri, StringComparison.Ordinal);
        Assert.Equal(path, new Uri(uri).LocalPath);
    }

    [Fact]
    public void RelativeUri_KeepsPercentEscaped()
    {
        var path = Write("b%41.json", Plan);
        Assert.Equal("b%2541.json", Uri(Results(Sarif(path, "--source-root", _folder.FullName)).First()));
    }

    [Fact]
    public void Fingerprint_SurvivesTheElementMovingToAnotherLine()
    {
        var path = Write("plan.json", Plan);
        var before = Results(Sarif(path, "--source-root", _folder.FullName)).Single(r => r.GetProperty("ruleId").GetString() == "SDG002");
        File.WriteAllText(path, Plan.Replace("\"elements\": [", "\"elements\": [\n\n\n", StringComparison.Ordinal));
        var after = Results(Sarif(path, "--source-root", _folder.FullName)).Single(r => r.GetProperty("ruleId").GetString() == "SDG002");
        Assert.NotEqual(Line(before), Line(after));
        Assert.Equal(Fingerprint(before), Fingerprint(after));
    }

    [Fact]
    public void Fingerprint_DoesNotDependOnWhereTheCheckoutIs()
    {
        var a = Write(Path.Combine("a", "plans", "p.json"), Plan);
        var b = Write(Path.Combine("b", "plans", "p.json"), Plan);
        var fa = Results(Sarif(a, "--source-root", Path.Combine(_folder.FullName, "a"))).Select(Fingerprint).ToList();
        var fb = Results(Sarif(b, "--source-root", Path.Combine(_folder.FullName, "b"))).Select(Fingerprint).ToList();
        Assert.Equal(fa, fb);
    }

    [Fact]
    public void Fingerprint_DiffersByRuleFileAndElement_AndCountsRepeats()
    {
        var root = new SourceRoot(_folder.FullName);
        PlanDiagnostic Finding(string rule, string file, string? element) =>
            new() { Rule = rule, Severity = Severity.Error, Plan = "p", Element = element, File = Path.Combine(_folder.FullName, file), Line = 3, Message = "m" };
        var prints = Fingerprints.Of(
            [Finding("SDG018", "a.json", "1"), Finding("SDG002", "a.json", "1"), Finding("SDG018", "b.json", "1"), Finding("SDG018", "a.json", "2"), Finding("SDG018", "a.json", "1")],
            root);
        Assert.Equal(4, prints.Select(p => p.Split(':')[0]).Distinct().Count());
        Assert.EndsWith(":1", prints[0], StringComparison.Ordinal);
        Assert.Equal(prints[0].Split(':')[0] + ":2", prints[4]);
        Assert.Equal(prints.Count, prints.Distinct().Count());
    }

    internal static PlanDiagnostic WithFixes(string file) => new()
    {
        Rule = "SDG018", Severity = Severity.Error, Plan = "p", Element = "1-2", Code = "1-2", File = file, Line = 12,
        Message = "施策 1-2「防災[拠点]」 carries no SDG link: the source declares none.",
        Fixes =
        [
            new DiagnosticFix { Sdg = SdgMap.Catalog.SdgId.Parse("11.5"), Label = "防災・減災", Evidence = ["避難所", "防災"], Line = 14 },
            new DiagnosticFix { Sdg = SdgMap.Catalog.SdgId.Parse("13.1") },
        ],
    };

    [Fact]
    public void Fixes_AreRelatedLocationsLinkedFromTheMessage()
    {
        var root = new SourceRoot(_folder.FullName);
        var output = new StringWriter();
        SarifWriter.Write(ReportedFinding.Of([WithFixes(Path.Combine(_folder.FullName, "p.json"))], root), root, output);
        var result = Results(JsonDocument.Parse(output.ToString()).RootElement.GetProperty("runs")[0])[0];
        Assert.Equal(
            "施策 1-2「防災\\[拠点\\]」 carries no SDG link: the source declares none.\nsuggest: [11.5 防災・減災](1) (「避難所」「防災」)\nsuggest: [13.1](2)",
            result.GetProperty("message").GetProperty("text").GetString());
        var related = result.GetProperty("relatedLocations").EnumerateArray().ToList();
        Assert.Equal([1, 2], related.Select(r => r.GetProperty("id").GetInt32()));
        Assert.Equal([14, 12], related.Select(r => r.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()));
        Assert.Equal("p.json", related[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("suggest: 11.5 防災・減災 (「避難所」「防災」)", related[0].GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("11.5", result.GetProperty("properties").GetProperty("suggestions")[0].GetProperty("sdg").GetString());
        Assert.False(result.TryGetProperty("fixes", out _));
    }

    [Fact]
    public void NoFixes_MessageIsAsTheValidatorWroteIt()
    {
        var root = new SourceRoot(_folder.FullName);
        var output = new StringWriter();
        SarifWriter.Write(ReportedFinding.Of([WithFixes("p.json") with { Fixes = [] }], root), root, output);
        var result = Results(JsonDocument.Parse(output.ToString()).RootElement.GetProperty("runs")[0])[0];
        Assert.Equal("施策 1-2「防災[拠点]」 carries no SDG link: the source declares none.", result.GetProperty("message").GetProperty("text").GetString());
        Assert.False(result.TryGetProperty("relatedLocations", out _));
    }

    [Fact]
    public void Text_PrintsEachFixIndentedUnderItsFinding()
    {
        var output = new StringWriter();
        FindingText.Write([WithFixes("p.json")], output);
        Assert.Equal(
            "p.json:12: error SDG018: 施策 1-2「防災[拠点]」 carries no SDG link: the source declares none.\n  suggest: 11.5 防災・減災 (「避難所」「防災」)\n  suggest: 13.1\n",
            output.ToString());
    }

    private static int Line(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();

    public void Dispose() => _folder.Delete(recursive: true);
}
