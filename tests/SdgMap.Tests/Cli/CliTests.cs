using System.Text.Json;

namespace SdgMap.Tests.Cli;

public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(args);

    [Fact]
    public void Summary_Json_HasOneRowPerPlanAndLevel()
    {
        var (code, output, _) = Run("summary", RepoPaths.Plans, "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Equal(JsonValueKind.String, r.GetProperty("plan").ValueKind);
            Assert.Equal(JsonValueKind.Number, r.GetProperty("depth").ValueKind);
            Assert.Equal(JsonValueKind.String, r.GetProperty("level").ValueKind);
            Assert.Equal(JsonValueKind.Number, r.GetProperty("count").ValueKind);
        });
    }

    [Fact]
    public void Catalog_Json_ListsGoalsAndTargets()
    {
        var (code, output, _) = Run("catalog", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("rows");
        Assert.Equal(186, rows.GetArrayLength());
        Assert.Equal("1", rows[0].GetProperty("id").GetString());
        Assert.Equal("あらゆる場所のあらゆる形態の貧困を終わらせる", rows[0].GetProperty("titleJa").GetString());
    }

    [Fact]
    public void Catalog_Csv_HasBomAndQuotes()
    {
        var (_, output, _) = Run("catalog", "16", "--format", "csv");
        Assert.StartsWith("\uFEFFid,kind,goal,titleEn,titleJa,colour\r\n16,goal,16,\"Promote", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_Table_AlignsFullWidthText()
    {
        var (_, output, _) = Run("catalog", "1");
        var lines = output.Split('\n');
        var goalRow = lines.Single(l => l.Contains("#E5243B", StringComparison.Ordinal));
        var before = goalRow[..goalRow.IndexOf('#', StringComparison.Ordinal)];
        Assert.Contains("あらゆる場所", before, StringComparison.Ordinal);
        Assert.Equal(lines[0].IndexOf("colour", StringComparison.Ordinal), SdgMap.Text.DisplayWidth.Of(before));
    }

    [Theory]
    [InlineData("catalog", "16.11")]
    [InlineData("summary")]
    [InlineData("summary", "/no/such/folder")]
    [InlineData("summary", ".", "--formt", "json")]
    [InlineData("frobnicate")]
    [InlineData("catalog", "--format", "xml")]
    public void BadUsage_Exits2_WithMessage(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("sdgmap: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadPlanFile_Exits2_NamingFileAndLine()
    {
        var folder = Directory.CreateTempSubdirectory("sdgmap-cli-");
        try
        {
            var path = Path.Combine(folder.FullName, "bad.json");
            File.WriteAllText(path, "{\n  \"format\": \"sdgmap.plan/1\",\n  \"id\": 5\n}\n");
            var (code, _, error) = Run("summary", path);
            Assert.Equal(2, code);
            Assert.Contains($"{path}:3", error, StringComparison.Ordinal);
            Assert.Contains("$.id", error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Coverage_OfAPlanningOfficeCsv_Exits2_PointingToImport()
    {
        var table = Path.Combine(RepoPaths.Root, "examples", "planning-office", "kaku-town-plan.csv");
        var (code, output, error) = Run("coverage", table);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"{table}:1: this looks like a table (CSV)", error, StringComparison.Ordinal);
        Assert.Contains("read it with `sdgmap import`", error, StringComparison.Ordinal);
        Assert.DoesNotContain("0x", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_ToFile_IsWrittenAndStdoutStaysEmpty()
    {
        var folder = Directory.CreateTempSubdirectory("sdgmap-cli-");
        try
        {
            var path = Path.Combine(folder.FullName, "out.csv");
            var (code, output, _) = Run("catalog", "-o", path, "--format", "csv");
            Assert.Equal(0, code);
            Assert.Empty(output);
            Assert.Equal(187, File.ReadAllText(path).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("-5", "-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    public void CsvCell_NeutralisesFormulasAndQuotes(string cell, string expected) =>
        Assert.Equal(expected, SdgMap.Cli.Output.RowWriter.CsvCell(cell));
}
