using System.Globalization;
using System.Text;
using System.Text.Json;
using SdgMap.Cli.Output;
using SdgMap.Text;
using SdgMap.Queries;

namespace SdgMap.Tests.Cli;

/// <summary>The command line as users meet it: help, typos, validation, flag meanings, new commands, tables, -o - and --lang.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sdgmap-cli-");

    // Two policies: the one tagged care:medical reaches 3.8 through its measure; the other links 16.6.
    private const string TaggedPlan = """
        {
          "format": "sdgmap.plan/1",
          "id": "tagged-plan",
          "municipality": { "name": "架空市" },
          "title": "計画",
          "levels": [ { "name": "政策" }, { "name": "施策" } ],
          "elements": [
            { "id": "1", "level": "政策", "title": "健康", "tags": ["care:medical"] },
            { "id": "1-1", "level": "施策", "title": "在宅医療の推進", "parent": "1", "sdg": ["3.8"] },
            { "id": "2", "level": "政策", "title": "行政" },
            { "id": "2-1", "level": "施策", "title": "行政改革", "parent": "2", "sdg": ["16.6"] }
          ]
        }
        """;

    public void Dispose() => _folder.Delete(recursive: true);

    private static (int Code, string Out, string Err) Run(int width, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = SdgMap.Cli.Cli.Run(args, stdout, stderr, width);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => Run(120, args);

    private static List<JsonElement> Rows(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.Clone())];
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void CommandHelp_Exits0_ListingItsOptionsWithDefaultsAsTyped()
    {
        var (code, output, error) = Run("coverage", "--help");
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("coverage [<paths>...] [options]", output, StringComparison.Ordinal);
        Assert.Contains("--tag <TAXONOMY:TERM>", output, StringComparison.Ordinal);
        Assert.Contains("[default: target]", output, StringComparison.Ordinal);
        Assert.Contains("[default: table]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NoArguments_PrintsTheOverviewOfEveryCommand_AndExits2()
    {
        var (code, output, _) = Run();
        Assert.Equal(2, code);
        Assert.All(["summary", "catalog", "coverage", "matrix", "gaps", "reuse", "compare", "validate", "rules", "suggest", "review", "import", "export", "report"],
            command => Assert.Contains($"  {command} ", output, StringComparison.Ordinal));
    }

    [Fact]
    public void MistypedOption_Exits2_SuggestingTheOptionInsteadOfLookingForAFile()
    {
        var (code, output, error) = Run("summary", RepoPaths.Plans, "--formt", "json");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("sdgmap: unknown option --formt; did you mean --format?", error, StringComparison.Ordinal);
        Assert.Contains("sdgmap summary --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MistypedCommand_Exits2_SuggestingTheCommand()
    {
        var (code, _, error) = Run("covrage", RepoPaths.Plans);
        Assert.Equal(2, code);
        Assert.Contains("'covrage'", error, StringComparison.Ordinal);
        Assert.Contains("Did you mean coverage?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void PathAfterDoubleDash_StartingWithADash_IsReadAsAFile()
    {
        var (code, _, error) = Run("summary", "--", "-no-such-plan.json");
        Assert.Equal(2, code);
        Assert.DoesNotContain("unknown option", error, StringComparison.Ordinal);
        Assert.Contains("-no-such-plan.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReuseUnknownKind_Exits2_BeforeAnyPlanIsRead()
    {
        var (code, output, error) = Run("reuse", "/no/such/folder", "--kind", "referenced,nonsense");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("sdgmap: --kind: unknown reuse kind 'nonsense'; the kinds are referenced, reposted-kpi, shared-targets, identical-text, similar-text.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("/no/such/folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void GapsUnknownKind_IsReportedOnce()
    {
        var (code, _, error) = Run("gaps", RepoPaths.Plans, "--kind", "nonsense");
        Assert.Equal(2, code);
        Assert.Single(error.Split('\n'), l => l.Contains("unknown gap kind 'nonsense'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("coverage", "--by", "goals", "--by must be goal or target, not 'goals'.")]
    [InlineData("matrix", "--rows", "elements", "--rows must be plans, level:NAME or taxonomy:ID, not 'elements'.")]
    [InlineData("coverage", "--tag", "care", "--tag must be a term written taxonomy:term, such as care:medical, not 'care'.")]
    [InlineData("suggest", "--top", "0", "--top must be a whole number of at least 1, or all, not '0'.")]
    public void BadOptionValue_Exits2_NamingTheOptionAndWhatItTakes(string command, string option, string value, string message)
    {
        var (code, output, error) = Run(command, RepoPaths.Plans, option, value);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith($"sdgmap: {message}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void GapsAlsoAcrossPlans_AddsRowsForAllPlansTogether_KeepingThePlansRows()
    {
        var (_, plain, _) = Run("gaps", RepoPaths.Plans, "--kind", "uncovered-goal", "--format", "json");
        var (code, across, _) = Run("gaps", RepoPaths.Plans, "--kind", "uncovered-goal", "--also-across-plans", "--format", "json");
        Assert.Equal(0, code);
        var plainRows = Rows(plain);
        var acrossRows = Rows(across);
        Assert.DoesNotContain(plainRows, r => r.GetProperty("plan").GetString() == CoverageQueries.AllPlans);
        Assert.Contains(acrossRows, r => r.GetProperty("plan").GetString() == CoverageQueries.AllPlans);
        Assert.Equal(plainRows.Count, acrossRows.Count(r => r.GetProperty("plan").GetString() != CoverageQueries.AllPlans));
    }

    [Fact]
    public void ReuseOnlyAcrossPlans_KeepsExactlyTheGroupsWhoseElementsComeFromSeveralPlans()
    {
        static int Plans(JsonElement group) => group.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("plan").GetString()).Distinct().Count();
        var all = Rows(Run("reuse", RepoPaths.Plans, "--format", "json").Out);
        var (code, output, _) = Run("reuse", RepoPaths.Plans, "--only-across-plans", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(all.Where(g => Plans(g) > 1).Select(g => g.GetProperty("group").GetInt32()), Rows(output).Select(g => g.GetProperty("group").GetInt32()));
        Assert.True(all.Count > Rows(output).Count);
    }

    [Theory]
    [InlineData("gaps", "--also-across-plans")]
    [InlineData("reuse", "--only-across-plans")]
    public void DeprecatedAcrossPlans_MeansWhatTheNewNameSays_AndWarns(string command, string replacement)
    {
        var (_, expected, _) = Run(command, RepoPaths.Plans, replacement, "--format", "json");
        var (code, output, error) = Run(command, RepoPaths.Plans, "--across-plans", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(expected, output);
        Assert.Equal($"sdgmap: --across-plans is deprecated; write {replacement}.\n", error.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("--across-plans ", Run(command, "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_PlansByGoals_CountsTheElementsLinkingEachGoal()
    {
        var (code, output, _) = Run("matrix", RepoPaths.Plans, "--format", "json");
        Assert.Equal(0, code);
        var kuki = Rows(output).Single(r => r.GetProperty("plan").GetString() == "kuki-2nd-plan-basic-plan-goals-7-8-draft");
        var counts = kuki.GetProperty("counts");
        Assert.Equal(17, counts.EnumerateObject().Count());
        Assert.Equal(5, counts.GetProperty("16").GetInt32());
        Assert.Equal(2, counts.GetProperty("4").GetInt32());
        Assert.Equal(0, counts.GetProperty("1").GetInt32());
    }

    [Fact]
    public void MatrixCells_NameTheElementsBehindEachCount()
    {
        var (code, output, _) = Run("matrix", RepoPaths.Plans, "--cells", "--format", "csv");
        Assert.Equal(0, code);
        var lines = output.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("plan,row,column,count,elements", lines[0]);
        Assert.Contains("kuki-2nd-plan-basic-plan-goals-7-8-draft,kuki-2nd-plan-basic-plan-goals-7-8-draft,4,2,7-2; 7-3", lines);
    }

    [Fact]
    public void Matrix_GoalsAsRows_Exits2WithTheLibrarysReason()
    {
        var (code, _, error) = Run("matrix", RepoPaths.Plans, "--rows", "level:施策", "--columns", "taxonomy:nosuch");
        Assert.Equal(2, code);
        Assert.StartsWith("sdgmap: ", error, StringComparison.Ordinal);
        Assert.Contains("nosuch", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_ScopesCoverageToTheTaggedElementsAndTheirDescendants()
    {
        var plan = Write("tagged.json", TaggedPlan);
        var (code, output, _) = Run("coverage", plan, "--tag", "care:medical", "--covered-only", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(["3.8"], Rows(output).Select(r => r.GetProperty("sdg").GetString()));
        var (_, all, _) = Run("coverage", plan, "--covered-only", "--format", "json");
        Assert.Equal(["3.8", "16.6"], Rows(all).Select(r => r.GetProperty("sdg").GetString()));
    }

    [Fact]
    public void Tag_ReachesMatrixAndGaps()
    {
        var plan = Write("tagged.json", TaggedPlan);
        var (code, _, error) = Run("matrix", plan, "--tag", "care:nosuch");
        Assert.Equal(2, code);
        Assert.StartsWith("sdgmap: no plan has the term 'care:nosuch'", error, StringComparison.Ordinal);
        var gaps = Rows(Run("gaps", plan, "--tag", "care:medical", "--kind", "uncovered-goal", "--format", "json").Out);
        Assert.Contains(gaps, g => g.GetProperty("subject").GetString() == "16");
        Assert.DoesNotContain(gaps, g => g.GetProperty("subject").GetString() == "3");
    }

    [Fact]
    public void CatalogTable_ShowsTheWholeTargetText_WrappedToTheWidth()
    {
        const int width = 70;
        var (code, output, _) = Run(width, "catalog", "１６．６");
        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.True(DisplayWidth.Of(l) <= width, l));
        var header = lines[0];
        var from = DisplayWidth.Of(header[..header.IndexOf("titleJa", StringComparison.Ordinal)]);
        var to = DisplayWidth.Of(header[..header.IndexOf("colour", StringComparison.Ordinal)]);
        var target = lines.Skip(2).TakeWhile(l => !l.StartsWith("16.6.1", StringComparison.Ordinal));
        var ja = string.Concat(target.Select(l => Slice(l, from, to).Trim()));
        Assert.Equal("あらゆるレベルにおいて、有効で説明責任のある透明性の高い公共機関を発展させる。", ja);
        Assert.Contains("accountable", output, StringComparison.Ordinal);
        Assert.Contains("levels", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ReuseTable_ShowsEveryElementOfEveryGroup()
    {
        var groups = Rows(Run("reuse", RepoPaths.Plans, "--format", "json").Out);
        var (_, table, _) = Run(400, "reuse", RepoPaths.Plans);
        Assert.All(groups.SelectMany(g => g.GetProperty("elements").EnumerateArray()), e =>
            Assert.Contains($"{e.GetProperty("plan").GetString()}:{e.GetProperty("code").GetString()}「", table, StringComparison.Ordinal));
    }

    [Fact]
    public void Scores_AreRoundedInTables_AndWholeInJsonAndCsv()
    {
        var similar = Rows(Run("reuse", RepoPaths.Plans, "--kind", "similar-text", "--format", "json").Out)
            .First(g => g.GetProperty("score").GetDouble().ToString(CultureInfo.InvariantCulture).Length > 5);
        var score = similar.GetProperty("score").GetDouble();
        var whole = score.ToString(CultureInfo.InvariantCulture);
        var rounded = score.ToString("0.###", CultureInfo.InvariantCulture);
        var table = Run(400, "reuse", RepoPaths.Plans, "--kind", "similar-text").Out;
        Assert.Contains($"  {rounded}  ", table, StringComparison.Ordinal);
        Assert.DoesNotContain(whole, table, StringComparison.Ordinal);
        Assert.Contains($",{whole},", Run("reuse", RepoPaths.Plans, "--kind", "similar-text", "--format", "csv").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputDash_IsStandardOutput_AlsoForTheReviewTable()
    {
        var plan = Write("tagged.json", TaggedPlan);
        var (code, output, _) = Run("catalog", "16", "-o", "-");
        Assert.Equal(0, code);
        Assert.StartsWith("id ", output, StringComparison.Ordinal);
        var (reviewCode, review, _) = Run("suggest", plan, "--review", "-", "--min-score", "0");
        Assert.Equal(0, reviewCode);
        Assert.StartsWith("file,plan,element,code,title,sdg,tag,score", review.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, "-")));
    }

    [Fact]
    public void Lang_SetsTheUiLanguageForTheRunOnly()
    {
        var before = CultureInfo.CurrentUICulture;
        var (code, ja, _) = Run("coverage", "--help", "--lang", "ja");
        Assert.Equal(0, code);
        Assert.Contains("使用法:", ja, StringComparison.Ordinal);
        Assert.Contains("Usage:", Run("coverage", "--help", "--lang", "en").Out, StringComparison.Ordinal);
        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }

    [Fact]
    public void SuggestDirective_CompletesGapKindsFromTheLibrarysList()
    {
        var (code, output, _) = Run("[suggest:12]", "gaps --kind ");
        Assert.Equal(0, code);
        Assert.Equal(KebabNames.All<GapKind>().Order(StringComparer.Ordinal), output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    // The part of a table line between two display columns.
    private static string Slice(string line, int from, int to)
    {
        var text = new StringBuilder();
        var column = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (column >= from && column < to)
            {
                text.Append(rune.ToString());
            }

            column += DisplayWidth.Of(rune.ToString());
        }

        return text.ToString();
    }
}
