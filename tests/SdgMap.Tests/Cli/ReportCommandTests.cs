using SdgMap.Export;
using SdgMap.Tests.Seeds;

namespace SdgMap.Tests.Cli;

public class ReportCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(args);

    [Fact]
    public void Report_WritesTheLibrarysReportToTheOutputFile()
    {
        var folder = Directory.CreateTempSubdirectory("sdgmap-report-");
        try
        {
            var path = Path.Combine(folder.FullName, "report.html");
            var (code, stdout, stderr) = Run("report", RepoPaths.Plans, "-o", path, "--lang", "en", "--level", "2");

            Assert.Equal(0, code);
            Assert.Equal(string.Empty, stdout + stderr);
            Assert.Equal(PlanReport.ToHtml(SeedPlans.Graph, new PlanReportOptions { Language = ReportLanguage.English, Level = "2" }), File.ReadAllText(path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Report_UnreadablePlan_ExitsTwoWithTheMessageEveryCommandGives()
    {
        var folder = Directory.CreateTempSubdirectory("sdgmap-report-");
        try
        {
            var bad = Path.Combine(folder.FullName, "bad.json");
            File.WriteAllText(bad, "{ \"format\": ");
            var report = Run("report", bad, "-o", Path.Combine(folder.FullName, "r.html"));
            var summary = Run("summary", bad);

            Assert.Equal(2, report.Code);
            Assert.StartsWith("sdgmap: ", report.Err, StringComparison.Ordinal);
            Assert.Equal(summary.Err, report.Err);
            Assert.False(File.Exists(Path.Combine(folder.FullName, "r.html")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Report_OutputThatCannotBeWritten_LeavesTheExistingReportUntouched()
    {
        var folder = Directory.CreateTempSubdirectory("sdgmap-report-");
        try
        {
            var path = Path.Combine(folder.FullName, "report.html");
            File.WriteAllText(path, "earlier report");
            Directory.CreateDirectory(path + ".d");
            var (code, _, stderr) = Run("report", RepoPaths.Plans, "-o", path + ".d"); // a folder cannot be replaced by a file

            Assert.Equal(2, code);
            Assert.Contains("cannot write", stderr, StringComparison.Ordinal);
            Assert.Equal("earlier report", File.ReadAllText(path));
            Assert.Single(Directory.EnumerateFileSystemEntries(folder.FullName), e => e.EndsWith("report.html", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--lang", "fr", "--lang must be ja or en, not 'fr'.")]
    [InlineData("--level", "", "--level needs a level name")]
    [InlineData("--colour", "red", "--colour")]
    public void Report_BadOption_ExitsTwoNamingIt(string option, string value, string message)
    {
        var (code, _, stderr) = Run("report", RepoPaths.Plans, option, value);

        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithoutPlans_ExitsTwoSayingWhatItNeeds()
    {
        var (code, _, stderr) = Run("report");

        Assert.Equal(2, code);
        Assert.Contains("report needs at least one plan file or folder", stderr, StringComparison.Ordinal);
    }
}
