using System.Diagnostics;
using System.Text;

namespace SdgMap.Tests.Cli;

/// <summary>sdgmap speaks Japanese with --lang ja or a Japanese LANG, English otherwise; rule ids and exit codes stay.</summary>
public sealed class LanguageTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sdgmap-lang-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args) => Hostile.HostileCorpusTests.Run(args);

    private static IEnumerable<string> RuleIds(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\bSDG0\d\d\b").Select(m => m.Value);

    [Fact]
    public void Validate_WithLangJa_WritesJapaneseFindings_WithTheSameRulesAndExitCode()
    {
        var english = Run("validate", RepoPaths.Plans, "--require-sdg-at", "施策");
        var japanese = Run("validate", RepoPaths.Plans, "--require-sdg-at", "施策", "--lang", "ja");
        Assert.Equal(1, english.Code);
        Assert.Equal(english.Code, japanese.Code);
        Assert.Equal(RuleIds(english.Out), RuleIds(japanese.Out));
        Assert.Contains("carries no SDG link", english.Out, StringComparison.Ordinal);
        Assert.Contains("にSDGへの関連がありません", japanese.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("carries no SDG link", japanese.Out, StringComparison.Ordinal);
        Assert.Matches(@"^エラー\d+件、警告\d+件、情報\d+件。", japanese.Err);
    }

    [Fact]
    public void LangEn_GivesEnglish_AndTheCultureIsPutBackAfterTheRun()
    {
        using var _ = UiCulture.Use("ja");
        var (code, _, stderr) = Run("coverage", RepoPaths.Plans, "--by", "region", "--lang=en");
        Assert.Equal(2, code);
        Assert.Contains("--by must be goal or target, not 'region'.", stderr, StringComparison.Ordinal);
        Assert.Equal("ja", System.Globalization.CultureInfo.CurrentUICulture.Name);
    }

    [Fact]
    public void LangOtherThanJaOrEn_IsBadUsage()
    {
        var (code, _, stderr) = Run("summary", RepoPaths.Plans, "--lang", "fr");
        Assert.Equal(2, code);
        Assert.Contains("--lang must be ja or en, not 'fr'.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void UsageError_WithLangJa_IsJapanese_AndExitsTwo()
    {
        var (code, _, stderr) = Run("coverage", RepoPaths.Plans, "--by", "region", "--lang", "ja");
        Assert.Equal(2, code);
        Assert.Contains("--by には goal または target を指定します。「region」は指定できません。", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("must be", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja_JP.UTF-8", "--by には goal または target を指定します。「region」は指定できません。")]
    [InlineData("C.UTF-8", "--by must be goal or target, not 'region'.")]
    [InlineData("en_US.UTF-8", "--by must be goal or target, not 'region'.")]
    public void Lang_FromTheEnvironment_PicksTheLanguage(string lang, string expected)
    {
        var (code, stderr) = RunProcess(lang, "coverage", RepoPaths.Plans, "--by", "region");
        Assert.Equal(2, code);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void JapaneseLang_ReachesLibraryMessages_FromTheSatelliteAssembly()
    {
        var (code, stderr) = RunProcess("ja_JP.UTF-8", "summary", Path.Combine(RepoPaths.Plans, "no-such-plan.json"));
        Assert.Equal(2, code);
        Assert.Contains("ファイルもフォルダーもありません。", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja", "<html lang=\"ja\">", "<h2>計画の概要</h2>")]
    [InlineData("en", "<html lang=\"en\">", "<h2>Overview</h2>")]
    public void Report_WithLang_IsWrittenInThatLanguage(string lang, string html, string heading)
    {
        var path = Path.Combine(_folder.FullName, "report.html");
        Assert.Equal(0, Run("report", RepoPaths.Plans, "-o", path, "--lang", lang).Code);
        var report = File.ReadAllText(path);
        Assert.Contains(html, report, StringComparison.Ordinal);
        Assert.Contains(heading, report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en_US.UTF-8", "<html lang=\"en\">")]
    [InlineData("ja_JP.UTF-8", "<html lang=\"ja\">")]
    [InlineData("C.UTF-8", "<html lang=\"ja\">")]
    public void Report_WithoutLang_FollowsLang_JapaneseWhenItNamesNoLanguage(string lang, string html)
    {
        var path = Path.Combine(_folder.FullName, "report.html");
        Assert.Equal(0, RunProcess(lang, "report", Path.Combine(RepoPaths.Plans, "misato-measures-draft.json"), "-o", path).Code);
        Assert.Contains(html, File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void ImportOfAnOldXls_WithLangJa_SaysInJapaneseToSaveAsXlsx_AndExitsTwo()
    {
        var xls = Path.Combine(_folder.FullName, "old.xls");
        File.WriteAllBytes(xls, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);
        var (code, _, err) = Run("import", xls, "--id", "old", "--municipality", "架空町", "--lang", "ja");
        Assert.Equal(2, code);
        Assert.Contains("old.xls: パスワードで保護された（暗号化された）ワークブックか、Excel 97–2003 の .xls", err, StringComparison.Ordinal);
    }

    /// <summary>The built sdgmap as a process of its own, with LANG set and no LC_ALL or LC_MESSAGES to override it.</summary>
    private static (int Code, string Err) RunProcess(string lang, params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SdgMap.Cli.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["LANG"] = lang;
        info.Environment.Remove("LC_ALL");
        info.Environment.Remove("LC_MESSAGES");
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stderr.Result);
    }
}
