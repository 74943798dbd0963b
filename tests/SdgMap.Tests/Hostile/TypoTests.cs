using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Serialization;
using SdgMap.Validation;

namespace SdgMap.Tests.Hostile;

/// <summary>
/// A typo must never switch a check off: an unknown level, taxonomy, kind or rule is an error
/// (exit 2) naming what exists, never a check that silently selects nothing.
/// </summary>
public sealed class TypoTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sdgmap-typo-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>The corpus's valid plan (levels 政策, 施策) with its 施策 element's SDG link removed, so requiring 施策 finds an error.</summary>
    private string Plan()
    {
        var path = Path.Combine(_folder.FullName, "plan.json");
        if (!File.Exists(path))
        {
            var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Hostile", "Cases", "valid.json"))
                .Replace(", \"sdg\": [ \"3.8\" ]", string.Empty, StringComparison.Ordinal);
            File.WriteAllText(path, text);
        }

        return path;
    }

    private string Config(string json)
    {
        var path = Path.Combine(_folder.FullName, "config.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static void AssertRefused((int Code, string Out, string Err) run, params string[] words)
    {
        Assert.Equal(2, run.Code);
        Assert.Empty(run.Out);
        Assert.StartsWith("sdgmap: ", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
        Assert.All(words, w => Assert.Contains(w, run.Err, StringComparison.Ordinal));
    }

    [Fact]
    public void RequireSdgAt_TheRightLevel_FindsTheError()
    {
        var (code, stdout, _) = HostileCorpusTests.Run("validate", Plan(), "--require-sdg-at", "施策");
        Assert.Equal(1, code);
        Assert.Contains("SDG018", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("施策x")]
    [InlineData("施 策")]
    [InlineData("0")]
    [InlineData("3")]
    [InlineData("99")]
    [InlineData("-1")]
    [InlineData("２")]
    public void RequireSdgAt_AnUnknownLevel_Exits2_NamingTheLevels(string level)
    {
        AssertRefused(HostileCorpusTests.Run("validate", Plan(), "--require-sdg-at", level), "--require-sdg-at", level, "政策 (1), 施策 (2)");
    }

    [Fact]
    public void RequireSdgAt_ByDepth_FindsTheSameErrorAsByName()
    {
        var (code, stdout, _) = HostileCorpusTests.Run("validate", Plan(), "--require-sdg-at", "2");
        Assert.Equal(1, code);
        Assert.Contains("SDG018", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"施策x\"", "施策x")]
    [InlineData("99", "depth 99")]
    [InlineData("\"0\"", "depth 0")]
    public void ConfigRequireSdgAt_AnUnknownLevel_Exits2_NamingTheConfig(string value, string word)
    {
        var config = Config($$"""{ "requireSdgAt": {{value}} }""");
        AssertRefused(HostileCorpusTests.Run("validate", Plan(), "--config", config), config, "requireSdgAt", word, "施策 (2)");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("1e9")]
    [InlineData("\"\"")]
    [InlineData("\" \"")]
    public void ConfigRequireSdgAt_NotADepth_IsRefusedWhereItStands(string value)
    {
        var config = Config($$"""{ "requireSdgAt": {{value}} }""");
        var e = Assert.Throws<PlanInputException>(() => ValidationConfig.Load(config));
        Assert.Equal("$.requireSdgAt", e.Path);
        AssertRefused(HostileCorpusTests.Run("validate", Plan(), "--config", config), config, "requireSdgAt");
    }

    [Fact]
    public void ConfigRequireSdgAt_AGoodDepth_FindsTheError()
    {
        var (code, stdout, _) = HostileCorpusTests.Run("validate", Plan(), "--config", Config("""{ "requireSdgAt": 2 }"""));
        Assert.Equal(1, code);
        Assert.Contains("SDG018", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "severities": { "SDG018": "off", "missing-sdg-link": "error" } }""")]
    [InlineData("""{ "severities": { "missing-sdg-link": "warning", "SDG018": "error" } }""")]
    [InlineData("""{ "severities": { "SDG018": "off", "SDG018": "error" } }""")]
    public void ConfigNamingOneRuleTwice_WithDifferentSeverities_IsAnError(string json)
    {
        var name = ValidationRules.All.Single(r => r.Id == "SDG018").Name;
        var config = Config(json.Replace("missing-sdg-link", name, StringComparison.Ordinal));
        var e = Assert.Throws<PlanInputException>(() => ValidationConfig.Load(config));
        Assert.Contains("two severities", e.Message, StringComparison.Ordinal);
        AssertRefused(HostileCorpusTests.Run("validate", Plan(), "--config", config, "--require-sdg-at", "施策"), "SDG018", "two severities");
    }

    [Fact]
    public void ConfigNamingOneRuleTwice_WithTheSameSeverity_IsAccepted()
    {
        var name = ValidationRules.All.Single(r => r.Id == "SDG018").Name;
        var options = ValidationConfig.Parse($$"""{ "severities": { "SDG018": "warning", "{{name}}": "warning" } }""");
        Assert.Equal(2, options.Severities.Count);
    }

    [Theory]
    [InlineData("SDG999")]
    [InlineData("sdg018")]
    [InlineData("missing-sdg-lnk")]
    [InlineData("")]
    public void ConfigUnknownRule_Exits2_NamingTheRules(string rule)
    {
        var config = Config($$"""{ "severities": { "{{rule}}": "off" } }""");
        AssertRefused(HostileCorpusTests.Run("validate", Plan(), "--config", config), rule == string.Empty ? "no rule ''" : rule, "SDG001 (");
    }

    [Fact]
    public void LibraryOptions_UnknownRuleOrConflict_AreArgumentExceptions()
    {
        var document = PlanJson.Load(Plan());
        Assert.Throws<ArgumentException>(() => PlanValidator.Validate(document, new ValidationOptions { Severities = new Dictionary<string, Severity?> { ["SDG9999"] = null } }));
        var name = ValidationRules.All.Single(r => r.Id == "SDG018").Name;
        Assert.Throws<ArgumentException>(() => PlanValidator.Validate([document], new ValidationOptions { Severities = new Dictionary<string, Severity?> { ["SDG018"] = null, [name] = Severity.Error } }));
        Assert.Throws<ArgumentException>(() => PlanValidator.Validate(document, new ValidationOptions { RequireSdgAt = "施策x" }));
    }

    [Fact]
    public void LevelAcrossPlans_KnownToOnePlanOnly_IsAccepted()
    {
        var other = PlanJson.Parse(File.ReadAllText(Plan()).Replace("\"hostile\"", "\"other\"", StringComparison.Ordinal).Replace("施策", "事業", StringComparison.Ordinal));
        var findings = PlanValidator.Validate([PlanJson.Load(Plan()), other], new ValidationOptions { RequireSdgAt = "施策" });
        Assert.Contains(findings, f => f.Rule == "SDG018" && f.Plan == "hostile");
    }

    [Theory]
    [InlineData("coverage", "--level", "施策x", "政策 (1)")]
    [InlineData("coverage", "--level", "0", "depth 0")]
    [InlineData("coverage", "--level", "7", "depth 7")]
    [InlineData("gaps", "--level", "施策x", "政策 (1)")]
    [InlineData("gaps", "--level", "99", "depth 99")]
    [InlineData("reuse", "--level", "施策x", "政策 (1)")]
    [InlineData("gaps", "--require-tag", "kare", "care")]
    [InlineData("gaps", "--require-tag", "care,reform", "'reform'")]
    [InlineData("gaps", "--kind", "no-sdg-links", "no-sdg-link")]
    [InlineData("reuse", "--kind", "similar", "similar-text")]
    [InlineData("reuse", "--kind", "referenced,Referenced", "'Referenced'")]
    public void QueryOption_NamingWhatDoesNotExist_Exits2_NamingWhatExists(string command, string option, string value, string named)
    {
        AssertRefused(HostileCorpusTests.Run(command, Plan(), option, value), value.Split(',')[^1], named);
    }

    [Theory]
    [InlineData("coverage", "--level", "施策")]
    [InlineData("coverage", "--level", "2")]
    [InlineData("gaps", "--level", "施策")]
    [InlineData("gaps", "--require-tag", "care")]
    [InlineData("reuse", "--kind", "similar-text,referenced")]
    public void QueryOption_NamingWhatExists_Runs(string command, string option, string value)
    {
        Assert.Equal(0, HostileCorpusTests.Run(command, Plan(), option, value).Code);
    }

    [Fact]
    public void LibraryQueries_UnknownLevelTaxonomyOrTag_AreArgumentExceptions()
    {
        var graph = PlanGraph.Build([PlanJson.Load(Plan())]);
        Assert.Throws<ArgumentException>(() => graph.Coverage(SdgLevel.Goal, new QueryScope { Level = "施策x" }));
        Assert.Throws<ArgumentException>(() => graph.Coverage(SdgLevel.Goal, new QueryScope { Tag = Tag.Parse("care:nope") }));
        Assert.Throws<ArgumentException>(() => graph.Coverage(SdgLevel.Goal, new QueryScope { Tag = Tag.Parse("kare:medical") }));
        Assert.Throws<ArgumentException>(() => graph.Gaps(new GapOptions { RequiredTaxonomies = ["kare"] }));
        Assert.Throws<ArgumentException>(() => graph.Reuse(new ReuseOptions { Level = "3" }));
        Assert.Throws<ArgumentException>(() => graph.CoverageMatrix(MatrixAxis.Level("施策x"), MatrixAxis.Goals));
        Assert.Throws<ArgumentException>(() => graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Taxonomy("kare")));
        Assert.NotEmpty(graph.Coverage(SdgLevel.Goal, new QueryScope { Tag = Tag.Parse("care:medical") }));
    }
}
