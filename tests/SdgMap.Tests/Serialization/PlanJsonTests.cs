using System.Text;
using FsCheck.Xunit;
using SdgMap.Model;
using SdgMap.Serialization;
using SdgMap.Tests.Generators;

namespace SdgMap.Tests.Serialization;

public class PlanJsonTests
{
    private const string Minimal = """
        {
          "format": "sdgmap.plan/1",
          "id": "kuki-test",
          "municipality": { "name": "久喜市" },
          "title": "テスト計画",
          "levels": [ { "name": "施策" } ],
          "elements": [
            { "id": "7-1", "code": "７－１", "level": "施策", "title": "地域コミュニティ", "sdg": [ "16.6", "１６．７" ] }
          ]
        }
        """;

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public bool RoundTrip_IsLossless(Plan plan)
    {
        var json = PlanJson.Serialize(plan);
        var back = PlanJson.Parse(json).Plan;
        return back == plan && PlanJson.Serialize(back) == json;
    }

    [Fact]
    public void Write_KeepsJapaneseReadable_AndNormalisesSdgIds()
    {
        var json = PlanJson.Serialize(PlanJson.Parse(Minimal).Plan);
        Assert.Contains("\"title\": \"地域コミュニティ\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        Assert.Contains("\"sdg\": [\n        \"16.6\",\n        \"16.7\"\n      ]", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_KeepsIdeographicSpace_EscapesOnlyInvisibleAndControl()
    {
        var plan = PlanJson.Parse(Minimal).Plan with { Title = "江戸川水防事務組合　水防計画\u2028\t\"引用\"\\" };
        var json = PlanJson.Serialize(plan);
        Assert.Contains("江戸川水防事務組合　水防計画\\u2028\\t\\\"引用\\\"\\\\", json, StringComparison.Ordinal);
        Assert.Equal(plan, PlanJson.Parse(json).Plan);
    }

    [Fact]
    public void Write_LeavesOutEmptyOptionalValues_ButKeepsRequiredLists()
    {
        var plan = new Plan { Id = "x", Municipality = new Municipality { Name = "市" }, Title = "t", Levels = [], Elements = [] };
        var json = PlanJson.Serialize(plan);
        Assert.Equal("{\n  \"format\": \"sdgmap.plan/1\",\n  \"id\": \"x\",\n  \"municipality\": {\n    \"name\": \"市\"\n  },\n  \"title\": \"t\",\n  \"levels\": [],\n  \"elements\": []\n}\n", json);
    }

    [Fact]
    public void Parse_Minimal_ReadsElementsAndLines()
    {
        var document = PlanJson.Parse(Minimal, "plan.json");
        var element = Assert.Single(document.Plan.Elements);
        Assert.Equal("7-1", element.NormalizedCode);
        Assert.Equal(SdgMarks.Declared, element.SdgStatus);
        Assert.Equal(8, document.LineOf(0));
        Assert.Equal("plan.json", document.Path);
    }

    [Fact]
    public void Parse_WithBom_Reads()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Minimal)).ToArray();
        Assert.Equal("kuki-test", PlanJson.Parse(bytes).Plan.Id);
    }

    [Theory]
    [InlineData("\"16.6\", \"１６．７\"", "\"16.11\"", "$.elements[0].sdg[0]", "'16.11' is not an SDG target")]
    [InlineData("\"16.6\", \"１６．７\"", "16", "$.elements[0].sdg[0]", "must be a string")]
    [InlineData("\"title\": \"地域コミュニティ\"", "\"title\": 5", "$.elements[0].title", "")]
    [InlineData("\"title\": \"地域コミュニティ\"", "\"titel\": \"x\"", "$.elements[0].titel", "unknown property 'titel'")]
    [InlineData("\"title\": \"テスト計画\"", "\"title\": null", "$.title", "")]
    [InlineData("\"sdgmap.plan/1\"", "\"sdgmap.plan/2\"", "$.format", "a newer SdgMap")]
    [InlineData("\"id\": \"kuki-test\",", "", "$", "lacks its required property 'id'")]
    [InlineData("\"id\": \"kuki-test\",", "\"id\": \"a\", \"id\": \"b\",", "$.id", "property 'id' is given twice")]
    public void Parse_BadInput_NamesFileLineAndPath(string find, string replace, string path, string problem)
    {
        var json = Minimal.Replace(find, replace, StringComparison.Ordinal);
        var e = Assert.Throws<PlanInputException>(() => PlanJson.Parse(json, "bad.json"));
        Assert.Equal("bad.json", e.File);
        Assert.StartsWith(path, e.Path ?? "$", StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("bad.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Truncated_GivesLine()
    {
        var e = Assert.Throws<PlanInputException>(() => PlanJson.Parse(Minimal[..200], "cut.json"));
        Assert.NotNull(e.Line);
        Assert.StartsWith($"cut.json:{e.Line}", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n")]
    [InlineData("null")]
    [InlineData("[]")]
    public void Parse_NotAPlan_Throws(string json) =>
        Assert.Throws<PlanInputException>(() => PlanJson.Parse(json, "x.json"));

    // Found by the fuzzer: an absent "format" used to escape as a NullReferenceException.
    [Fact]
    public void Parse_WithoutFormat_SaysFormatIsMissing()
    {
        var json = Minimal.Replace("\"format\": \"sdgmap.plan/1\",", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("format", json, StringComparison.Ordinal);
        var e = Assert.Throws<PlanInputException>(() => PlanJson.Parse(json, "x.json"));
        Assert.Equal("$", e.Path);
        Assert.Contains("no \"format\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Utf16_SaysSo()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Minimal)).ToArray();
        var e = Assert.Throws<PlanInputException>(() => PlanJson.Parse(bytes, "u16.json"));
        Assert.Contains("UTF-16", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        var e = Assert.Throws<PlanInputException>(() => PlanJson.Load("/nonexistent/plan.json"));
        Assert.Equal("/nonexistent/plan.json", e.File);
    }

    [Fact]
    public void Save_WritesAtomically_AndReadsBack()
    {
        var folder = Directory.CreateTempSubdirectory("sdgmap-");
        try
        {
            var path = Path.Combine(folder.FullName, "plan.json");
            var plan = PlanJson.Parse(Minimal).Plan;
            PlanJson.Save(plan, path);
            Assert.Equal(plan, PlanJson.Load(path).Plan);
            Assert.Single(folder.GetFiles());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Load_JapaneseCsvGivenAsPlan_SaysItIsATableForImport()
    {
        var folder = Directory.CreateTempSubdirectory("sdgmap-");
        try
        {
            // The office's table as Excel saves it: UTF-8 with BOM, Japanese headers (first byte after the BOM 0xE3).
            var path = Path.Combine(folder.FullName, "table.csv");
            File.WriteAllText(path, "コード,階層,名称\n1,政策,安心なまち\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            var e = Assert.Throws<PlanInputException>(() => PlanJson.Load(path));
            Assert.Equal("this looks like a table (CSV), not a plan file (JSON); read it with `sdgmap import` (PlanCsv.Load in C#) to make a plan file.", e.Problem);
            Assert.Equal(path, e.File);
            Assert.Equal(1, e.Line);
            Assert.DoesNotContain("0xE3", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("level\ttitle\n施策\t医療\n", "plan.json", "a table (TSV)")]
    [InlineData("level,title\n施策,医療\n", "plan.json", "a table (CSV)")]
    [InlineData("施策\n医療\n", "plan.tsv", "a table (TSV)")]
    [InlineData("名称だけの一列\n", "notes.txt", "a table (CSV)")]
    public void Parse_TableText_IsNamedByItsSeparatorOrName(string text, string path, string expected)
    {
        var e = Assert.Throws<PlanInputException>(() => PlanJson.Parse(text, path));
        Assert.Contains(expected, e.Problem, StringComparison.Ordinal);
        Assert.Contains("sdgmap import", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ZipArchive_SaysItIsAWorkbookNotAPlan()
    {
        byte[] xlsx = [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0, 8, 0];
        var e = Assert.Throws<PlanInputException>(() => PlanJson.Parse(xlsx, "plan.xlsx"));
        Assert.StartsWith("this is a zip archive (an Excel workbook .xlsx?)", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2, 3]", "plan.json")]
    [InlineData("これはJSONではない", "plan.json")]
    [InlineData("{ \"format\": \"sdgmap.plan/1\", oops }", "plan.csv")]
    public void Parse_BrokenJson_KeepsTheJsonError(string text, string path)
    {
        var e = Assert.Throws<PlanInputException>(() => PlanJson.Parse(text, path));
        Assert.DoesNotContain("table", e.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("zip", e.Problem, StringComparison.Ordinal);
    }
}
