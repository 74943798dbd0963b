using System.Text;
using System.Text.Json;
using SdgMap.Catalog;
using SdgMap.Serialization;

namespace SdgMap.Tests.Cli;

public sealed class SuggestCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sdgmap-suggest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(args);

    /// <summary>A copy of a shipped plan in the test's own folder, so writing never touches the repository.</summary>
    private string Copy(string municipality) => CliRun.CopyShippedPlan(_dir, municipality);

    [Fact]
    public void Suggest_Json_RowsCarryTheDocumentedColumnsAndStructuredEvidence()
    {
        var (code, output, _) = Run("suggest", RepoPaths.Plans, "--level", "施策", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Equal(["plan", "element", "code", "title", "sdg", "score", "method", "evidence"], r.EnumerateObject().Select(p => p.Name));
            Assert.True(SdgId.TryParse(r.GetProperty("sdg").GetString(), out var id) && id.IsTarget);
            Assert.InRange(r.GetProperty("score").GetDouble(), 0.5, 1.0);
            Assert.All(r.GetProperty("evidence").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("matched").GetString())));
        });
    }

    [Fact]
    public void Suggest_ByGoal_PrintsGoalIds()
    {
        var (code, output, _) = Run("suggest", RepoPaths.Plans, "--by", "goal", "--format", "csv");
        Assert.Equal(0, code);
        var sdgs = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[4]).ToList();
        Assert.NotEmpty(sdgs);
        Assert.All(sdgs, s => Assert.True(SdgId.Parse(s).IsGoal, s));
    }

    [Theory]
    [InlineData("--min-score", "2")]
    [InlineData("--min-score", "high")]
    [InlineData("--top", "0")]
    [InlineData("--by", "indicator")]
    public void Suggest_BadOption_ExitsTwoNamingIt(string option, string value)
    {
        var (code, _, err) = Run("suggest", RepoPaths.Plans, option, value);
        Assert.Equal(2, code);
        Assert.Contains(option, err, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestWrite_StoresSuggestedLinksOnly_AndASecondRunLeavesTheFileByteForByte()
    {
        var plan = Copy("三郷市");
        var declaredBefore = PlanJson.Load(plan).Plan.Elements.Select(e => e.Sdg.Count).ToList();
        Assert.Equal(0, Run("suggest", plan, "--write").Code);
        var after = PlanJson.Load(plan).Plan;
        Assert.Equal(declaredBefore, after.Elements.Select(e => e.Sdg.Count));
        Assert.Contains(after.Elements, e => e.Suggested is { Sdg.Count: > 0 } s && s.Sdg.All(l => l.By == "sdgmap" && l.Evidence.Count > 0));
        var bytes = File.ReadAllBytes(plan);
        var stamp = File.GetLastWriteTimeUtc(plan);
        Assert.Equal(0, Run("suggest", plan, "--write").Code);
        Assert.Equal(bytes, File.ReadAllBytes(plan));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(plan));

        // With --include-suggested the stored suggestions now cover goals the plan declares none of.
        var (_, coverage, _) = Run("coverage", plan, "--by", "goal", "--include-suggested", "--covered-only", "--format", "csv");
        Assert.True(coverage.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length > 1);
    }

    [Fact]
    public void ReviewLoop_AcceptedBecomeDeclared_RejectedAreRemembered_AndARerunSuggestsNeither()
    {
        var plan = Copy("三郷市");
        var review = Path.Combine(_dir, "review.csv");
        Assert.Equal(0, Run("suggest", plan, "--level", "施策", "--review", review).Code);
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(review)[..3]);
        var lines = File.ReadAllText(review, Encoding.UTF8).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.StartsWith("file,plan,element,code,title,sdg,tag,score,method,evidence,matched,accept,by,on,note", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Count >= 3, "at least two suggestions to decide on");
        var accepted = Row(lines[1]);
        var rejected = Row(lines[2]);
        lines[1] = Mark(lines[1], "○");
        lines[2] = Mark(lines[2], "×");
        File.WriteAllText(review, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(true));

        var (code, output, err) = Run("review", "apply", review, "--by", "企画課", "--on", "2026-12-01", "--format", "json");
        Assert.True(code == 0, err);
        Assert.Contains("\"accepted\": 1", output, StringComparison.Ordinal);
        var element = PlanJson.Load(plan).Plan.Elements.Single(e => e.Id == accepted.Element);
        Assert.Contains(SdgId.Parse(accepted.Sdg), element.Sdg);
        Assert.Contains(element.Review!.Accepted, d => d.Sdg == SdgId.Parse(accepted.Sdg) && d.By == "企画課" && d.On == "2026-12-01");

        var (_, again, _) = Run("suggest", plan, "--level", "施策", "--top", "all", "--min-score", "0", "--format", "csv");
        var rows = SdgMap.Text.Csv.Parse(again).Skip(1).Select(c => (Element: c[1], Sdg: c[4])).ToList();
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(accepted, rows);
        Assert.DoesNotContain(rejected, rows);

        // The validator accepts reviewer-declared links on a plan whose marks the source lost.
        var (validateCode, findings, _) = Run("validate", plan);
        Assert.True(validateCode == 0, findings);
    }

    [Theory]
    [InlineData("element", "no-such-element", "has no element 'no-such-element'")]
    [InlineData("sdg", "16.11", "sdg:")]
    [InlineData("accept", "maybe", "accept: 'maybe'")]
    [InlineData("note", "○", "marks go in the accept column")]
    public void ReviewApply_DamagedRow_IsRefusedWithTheRow_AndNoPlanChanges(string column, string value, string expected)
    {
        var plan = Copy("三郷市");
        var review = Path.Combine(_dir, "review.csv");
        Run("suggest", plan, "--review", review);
        var lines = File.ReadAllText(review, Encoding.UTF8).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[1] = Mark(lines[1], "○");
        lines[2] = Set(lines[2], column, value);
        File.WriteAllText(review, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(true));
        var before = File.ReadAllBytes(plan);
        var (code, _, err) = Run("review", "apply", review);
        Assert.Equal(2, code);
        Assert.Contains("row 3", err, StringComparison.Ordinal);
        Assert.Contains(expected, err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(plan));
    }

    [Fact]
    public void ReviewApply_DuplicateRow_IsRefusedNamingTheFirst()
    {
        var plan = Copy("三郷市");
        var review = Path.Combine(_dir, "review.csv");
        Run("suggest", plan, "--review", review);
        var lines = File.ReadAllText(review, Encoding.UTF8).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        lines.Add(lines[1]);
        File.WriteAllText(review, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(true));
        var (code, _, err) = Run("review", "apply", review);
        Assert.Equal(2, code);
        Assert.Contains("repeats row 2", err, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewApply_ShiftJisTableSavedByExcel_IsRead()
    {
        var plan = Copy("三郷市");
        var review = Path.Combine(_dir, "review.csv");
        Run("suggest", plan, "--review", review);
        var lines = File.ReadAllText(review, Encoding.UTF8).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[1] = Mark(lines[1], "○");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllText(review, string.Join("\r\n", lines) + "\r\n", Encoding.GetEncoding(932));
        var (code, output, err) = Run("review", "apply", review, "--on", "2026-12-01", "--format", "csv");
        Assert.True(code == 0, err);
        Assert.Contains(",1,0,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingLinkFinding_CarriesTheTopSuggestionsAsFixes()
    {
        var (code, output, _) = Run("validate", RepoPaths.Plans, "--require-sdg-at", "施策");
        Assert.Equal(1, code);
        var lines = output.Split('\n');
        var finding = Array.FindIndex(lines, l => l.Contains("SDG018", StringComparison.Ordinal) && l.Contains("強靱な防災基盤の構築", StringComparison.Ordinal));
        Assert.True(finding >= 0);
        Assert.StartsWith("  suggest: 11.5 住み続けられるまちづくりを (", lines[finding + 1], StringComparison.Ordinal);
        Assert.Contains("「避難所」", lines[finding + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateFix_WritesSuggestionsAsSuggestedNeverDeclared_ForElementsMissingLinks()
    {
        var plan = Copy("三郷市");
        var (code, _, err) = Run("validate", plan, "--require-sdg-at", "施策", "--fix");
        Assert.Equal(1, code);
        Assert.Contains("wrote suggestions", err, StringComparison.Ordinal);
        var written = PlanJson.Load(plan).Plan;
        Assert.All(written.Elements, e => Assert.Empty(e.Sdg));
        var measure = written.Elements.Single(e => e.Title == "強靱な防災基盤の構築");
        Assert.Contains(measure.Suggested!.Sdg, s => s.Id == SdgId.Parse("11.5") && s.By == "sdgmap");
        Assert.All(written.Elements.Where(e => e.Level != "施策"), e => Assert.Null(e.Suggested));
    }

    private static (string Element, string Sdg) Row(string line)
    {
        var cells = SdgMap.Text.Csv.Parse(line)[0];
        return (cells[2], cells[5]);
    }

    private static string Mark(string line, string mark) => Set(line, "accept", mark);

    private static string Set(string line, string column, string value)
    {
        var cells = SdgMap.Text.Csv.Parse(line)[0];
        cells[Array.IndexOf(SdgMap.Suggestions.ReviewTable.Columns.ToArray(), column)] = value;
        return string.Join(',', cells.Select(PlanCsv.Field));
    }
}
