using System.Text.RegularExpressions;
using SdgMap.Queries;
using SdgMap.Reuse;

namespace SdgMap.Tests.Hostile;

/// <summary>Arguments that used to end in an unhandled exception with a stack trace: each is now a result or an exit-2 message.</summary>
public sealed partial class CrashTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sdgmap-crash-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Case(string name)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Hostile", "Cases", name), path, overwrite: true);
        return path;
    }

    private static void AssertUsageError((int Code, string Out, string Err) run, string words)
    {
        Assert.Equal(2, run.Code);
        Assert.Empty(run.Out);
        Assert.StartsWith("sdgmap: ", run.Err, StringComparison.Ordinal);
        Assert.Contains(words, run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF-7")]
    [InlineData("unicode-1-1-utf-7")]
    [InlineData("csUnicode11UTF7")]
    [InlineData("no-such-encoding")]
    [InlineData("")]
    public void ImportEncoding_ObsoleteOrUnknown_Exits2(string encoding)
    {
        AssertUsageError(HostileCorpusTests.Run("import", Case("table-valid.csv"), "--id", "x", "--municipality", "架空市", "--encoding", encoding), "--encoding");
    }

    [Theory]
    [InlineData("table-valid.csv", "utf-8")]
    [InlineData("table-valid.csv", "UTF-8")]
    [InlineData("table-shift-jis.csv", "shift_jis")]
    public void ImportEncoding_Supported_Reads(string file, string encoding)
    {
        Assert.Equal(0, HostileCorpusTests.Run("import", Case(file), "--id", "x", "--municipality", "架空市", "--encoding", encoding).Code);
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("0.039")]
    [InlineData("1e-300")]
    [InlineData("0")]
    [InlineData("-0.5")]
    [InlineData("1.0000001")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void ReuseMinSimilarity_OutsideWhatBandingSupports_Exits2(string value)
    {
        AssertUsageError(HostileCorpusTests.Run("reuse", Case("valid.json"), "--min-similarity", value), "--min-similarity must be a number from 0.04 to 1");
    }

    [Theory]
    [InlineData("0.04")]
    [InlineData("0.05")]
    [InlineData("1")]
    public void ReuseMinSimilarity_AtTheEdgesOfTheRange_Runs(string value)
    {
        Assert.Equal(0, HostileCorpusTests.Run("reuse", Case("valid.json"), "--min-similarity", value).Code);
    }

    [Fact]
    public void LowestMinSimilarity_IsWhereBandingStartsToWork()
    {
        var bands = LshBanding.Choose(ReuseOptions.LowestMinSimilarity, 128);
        Assert.True(bands.Bands * bands.Rows <= 128);
        Assert.Throws<ArgumentException>(() => LshBanding.Choose(0.03, 128));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReuseOptions { MinSimilarity = 0.01 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReuseOptions { MinSimilarity = double.NaN });
    }

    [Theory]
    [InlineData("duplicate-element-ids.json", "1", "dot")]
    [InlineData("duplicate-element-ids.json", "1", "mermaid")]
    [InlineData("parent-cycle.json", "1", "dot")]
    [InlineData("parent-cycle.json", "1-1", "mermaid")]
    [InlineData("self-parent.json", "1-1", "dot")]
    [InlineData("self-parent.json", "1-1", "mermaid")]
    public void ExportSubtree_OfAPlanTheValidatorFaults_DrawsEachElementOnce(string file, string element, string to)
    {
        var (code, stdout, stderr) = HostileCorpusTests.Run("export", Case(file), "--to", to, "--element", element);
        Assert.Equal(0, code);
        Assert.Empty(stderr);
        var declarations = (to == "dot" ? DotNode() : MermaidNode()).Matches(stdout).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(declarations);
        Assert.Equal(declarations.Distinct().Count(), declarations.Count);
    }

    [GeneratedRegex(@"^\s*(e\d+) \[", RegexOptions.Multiline)]
    private static partial Regex DotNode();

    [GeneratedRegex(@"^\s*(e\d+)[\[\(]", RegexOptions.Multiline)]
    private static partial Regex MermaidNode();
}
