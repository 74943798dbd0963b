using SdgMap.Serialization;

namespace SdgMap.Tests.Hostile;

/// <summary>Messages say the truth: what is wrong, in the terms of the file, in one safe line.</summary>
public sealed class MessageTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sdgmap-message-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string In(string name) => Path.Combine(_folder.FullName, name);

    private string Valid(string name, string? id = null)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Hostile", "Cases", "valid.json"));
        File.WriteAllText(In(name), id is null ? text : text.Replace("\"hostile\"", $"\"{id}\"", StringComparison.Ordinal));
        return In(name);
    }

    [Fact]
    public void FolderAsConfig_SaysItIsAFolder()
    {
        Directory.CreateDirectory(In("config.json"));
        var (code, _, stderr) = HostileCorpusTests.Run("validate", Valid("plan.json"), "--config", In("config.json"));
        Assert.Equal(2, code);
        HostileCorpusTests.AssertOneParagraph(stderr);
        Assert.Contains("it is a folder", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16LE", "UTF-16 (little-endian) without a byte order mark")]
    [InlineData("utf-16BE", "UTF-16 (big-endian) without a byte order mark")]
    [InlineData("utf-32LE", "UTF-32 without a byte order mark")]
    public void WideConfig_NamesItsEncoding(string encoding, string named)
    {
        File.WriteAllBytes(In("config.json"), System.Text.Encoding.GetEncoding(encoding).GetBytes("""{ "severities": { "SDG014": "off" } }"""));
        var (code, _, stderr) = HostileCorpusTests.Run("validate", Valid("plan.json"), "--config", In("config.json"));
        Assert.Equal(2, code);
        HostileCorpusTests.AssertOneParagraph(stderr);
        Assert.Contains(named, stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coverage")]
    [InlineData("gaps")]
    [InlineData("reuse")]
    public void PlanIdClash_IsOneLine_NamingBothFiles(string command)
    {
        var (code, _, stderr) = HostileCorpusTests.Run(command, Valid("a.json"), Valid("b.json"));
        Assert.Equal(2, code);
        HostileCorpusTests.AssertOneParagraph(stderr);
        Assert.Contains(In("a.json"), stderr, StringComparison.Ordinal);
        Assert.Contains(In("b.json"), stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void DepthPastTheLimit_NamesTheLimit()
    {
        var json = """{ "format": "sdgmap.plan/1", "id": "x", "municipality": { "name": "m" }, "title": "t", "levels": [ { "name": "a" } ], "elements": [ { "id": "1", "level": "a", "title": "t", "kpis": [ { "id": "k", "name": "n", "target": { "value": "1" } } ] } ] }""";
        var e = Assert.Throws<PlanInputException>(() => PlanJson.Parse(json, "deep.json", new PlanLimits { MaxDepth = 4 }));
        Assert.Contains("PlanLimits.MaxDepth", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8_NamesTheByteAndItsOffset()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(Valid("plan.json")).Replace("医療の充実", "医療\u0001", StringComparison.Ordinal));
        var at = Array.IndexOf(bytes, (byte)1);
        bytes[at] = 0xC3;
        var e = Assert.Throws<PlanInputException>(() => PlanJson.Parse(bytes, "bad.json"));
        Assert.Contains($"byte 0xC3 at offset {at:N0}", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("surrogate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoneSurrogateEscape_IsStillCalledALoneSurrogate()
    {
        var json = File.ReadAllText(Valid("plan.json")).Replace("医療の充実", "\\ud800", StringComparison.Ordinal);
        var e = Assert.Throws<PlanInputException>(() => PlanJson.Parse(json, "lone.json"));
        Assert.Contains("lone surrogate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_KeepsAPercentInAnAbsolutePath()
    {
        var folder = Directory.CreateDirectory(In("b%41 c"));
        var plan = Path.Combine(folder.FullName, "plan.json");
        File.WriteAllText(plan, File.ReadAllText(Valid("plan.json")).Replace(", \"sdg\": [ \"3.8\" ]", string.Empty, StringComparison.Ordinal));
        var (_, stdout, _) = HostileCorpusTests.Run("validate", plan, "--require-sdg-at", "施策", "--format", "sarif");
        Assert.Contains("b%2541%20c/plan.json", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("/bA", stdout, StringComparison.Ordinal);
        Assert.Contains("\"uri\": \"file:///", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void GitHubAnnotations_ShowEscapeAndBidiOverrides_AsEscapes()
    {
        var text = File.ReadAllText(Valid("plan.json"))
            .Replace("医療の充実", "\\u001b[31m赤\\u202e逆\\u200b", StringComparison.Ordinal)
            .Replace(", \"sdg\": [ \"3.8\" ]", string.Empty, StringComparison.Ordinal);
        File.WriteAllText(In("plan.json"), text);
        var (_, stdout, _) = HostileCorpusTests.Run("validate", In("plan.json"), "--require-sdg-at", "施策", "--format", "github");
        Assert.StartsWith("::error ", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', stdout);
        Assert.DoesNotContain('\u202e', stdout);
        Assert.DoesNotContain('\u200b', stdout);
        Assert.Contains("\\u001B[31m赤\\u202E逆\\u200B", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+NaN")]
    [InlineData("-Infinity")]
    [InlineData("-NaN")]
    [InlineData("＝HYPERLINK(\"x\")")]
    [InlineData("＋1")]
    [InlineData("－1")]
    [InlineData("＠SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void CsvField_NeutralisesWhatASpreadsheetWouldRun(string cell)
    {
        Assert.StartsWith("'", PlanCsv.Field(cell).TrimStart('"'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("+1.5")]
    [InlineData("1e3")]
    [InlineData("医療")]
    public void CsvField_LeavesNumbersAndTextAlone(string cell)
    {
        Assert.Equal(cell, PlanCsv.Field(cell));
    }
}
