using System.Text;
using SdgMap.Serialization;

namespace SdgMap.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    // ① and 髙 are in code page 932 (NEC and IBM extensions) but not in JIS X 0208 Shift_JIS: they
    // decode only if the name means CP932, which is what Excel in Japanese writes.
    private const string Title = "①髙齢者の見守り";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sdgmap-import-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(args);

    private string Cp932Table()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(_folder.FullName, "table.csv");
        File.WriteAllBytes(path, Encoding.GetEncoding(932).GetBytes($"code,level,title\r\n1,施策,{Title}\r\n"));
        return path;
    }

    [Theory]
    [InlineData("cp932")]
    [InlineData("CP932")]
    [InlineData("windows-31j")]
    [InlineData("Windows-31J")]
    [InlineData("sjis")]
    [InlineData("ms932")]
    [InlineData("shift-jis")]
    [InlineData("shift_jis")]
    [InlineData("Shift_JIS")]
    [InlineData("x-sjis")]
    [InlineData("ms_kanji")]
    public void Import_EncodingNamesUsersType_AllReadCp932(string name)
    {
        var (code, output, error) = Run("import", Cp932Table(), "--id", "t", "--municipality", "架空市", "--encoding", name);
        Assert.True(code == 0, error);
        Assert.Equal(Title, PlanJson.Parse(output).Plan.Elements.Single().Title);
    }

    [Theory]
    [InlineData("cp932")]
    [InlineData("windows-31j")]
    [InlineData("shiftjis")]
    public void IsShiftJisName_KnowsTheAliases(string name) => Assert.True(SdgMap.Cli.Commands.ImportCommand.IsShiftJisName(name));

    [Theory]
    [InlineData("utf-8")]
    [InlineData("euc-jp")]
    [InlineData("iso-2022-jp")]
    [InlineData("cp936")]
    public void IsShiftJisName_LeavesOtherEncodingsAlone(string name) => Assert.False(SdgMap.Cli.Commands.ImportCommand.IsShiftJisName(name));

    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF7")]
    public void Import_Utf7_IsRefusedWithExit2_AndNoStackTrace(string name)
    {
        var (code, output, error) = Run("import", Cp932Table(), "--id", "t", "--municipality", "架空市", "--encoding", name);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"--encoding '{name}'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
