using System.Text;
using SdgMap.Model;
using SdgMap.Serialization;
using SdgMap.Validation;

namespace SdgMap.Tests.Hostile;

/// <summary>Runs every case of <see cref="HostileCorpus"/> through the library and through the command line.</summary>
public sealed class HostileCorpusTests : IDisposable
{
    private static readonly PlanCsv.PlanHeader Header = new() { Id = "hostile", Municipality = new Municipality { Name = "架空市" }, Title = "敵対的入力" };

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sdgmap-hostile-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static PlanDocument Load(HostileCase c, string path)
    {
        if (!c.IsTable)
        {
            return PlanJson.Load(path);
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = c.Encoding is null ? null : Encoding.GetEncoding(c.Encoding);
        return PlanDocument.FromPlan(PlanCsv.Load(path, Header, encoding: encoding), path);
    }

    [Theory]
    [MemberData(nameof(HostileCorpus.Indexed), MemberType = typeof(HostileCorpus))]
    public void Library_MeetsTheExpectation(int index, string name)
    {
        var c = HostileCorpus.All[index];
        Assert.Equal(c.Name, name.Split(' ')[0]);
        var path = c.Place(_folder.FullName);
        switch (c.Expected)
        {
            case Refused refused:
                var e = Assert.Throws<PlanInputException>(() => Load(c, path));
                Assert.Equal(path, e.File);
                Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
                Assert.All(refused.Words, w => Assert.True(e.Message.Contains(w, StringComparison.Ordinal), $"'{w}' not in: {e.Message}"));
                Assert.DoesNotContain('\n', e.Message);
                if (refused.Line is { } line)
                {
                    Assert.Equal(line, e.Line);
                }

                if (refused.JsonPath is { } jsonPath)
                {
                    Assert.StartsWith(jsonPath, e.Path ?? "(no path)", StringComparison.Ordinal);
                }

                Assert.Equal(refused.Row, e.Row);
                Assert.Equal(refused.ElementId, e.ElementId);
                break;
            case Reported reported:
                var findings = UsablePlan.Check(Load(c, path));
                Assert.All(reported.Rules, r => Assert.Contains(findings, f => f.Rule == r));
                break;
            case Loads loads:
                var document = Load(c, path);
                Assert.True(loads.Check(document.Plan), loads.What);
                UsablePlan.Check(document);
                Assert.Equal(document.Plan, UsablePlan.RoundTrip(document.Plan));
                break;
        }
    }

    [Theory]
    [MemberData(nameof(HostileCorpus.Indexed), MemberType = typeof(HostileCorpus))]
    public void Cli_MeetsTheExpectation_AndLosesNothing(int index, string name)
    {
        var c = HostileCorpus.All[index];
        Assert.Equal(c.Name, name.Split(' ')[0]);
        var input = c.Place(_folder.FullName);
        var inputBefore = input.StartsWith(_folder.FullName, StringComparison.Ordinal) && File.Exists(input) && new FileInfo(input).Length < 10_000_000 ? File.ReadAllBytes(input) : null;
        var output = Path.Combine(_folder.FullName, "existing-output.txt");
        byte[] sentinel = [.. "an earlier run's output, which a failed run must not touch\n"u8];
        File.WriteAllBytes(output, sentinel);

        string[] args = c.IsTable
            ? ["import", input, "--id", "hostile", "--municipality", "架空市", "-o", output, .. c.Encoding is { } e ? (string[])["--encoding", e] : []]
            : [c.Expected is Reported ? "validate" : "summary", input, "-o", output];
        var (code, stdout, stderr) = Run(args);
        if (c.IsTable && c.Expected is Reported && code == 0)
        {
            // A table imports; what it holds is then the validator's to judge.
            (code, stdout, stderr) = Run("validate", output, "-o", output);
        }

        Assert.Empty(stdout);
        switch (c.Expected)
        {
            case Refused:
                Assert.Equal(2, code);
                AssertOneParagraph(stderr);
                Assert.Contains(input, stderr, StringComparison.Ordinal);
                Assert.Equal(sentinel, File.ReadAllBytes(output));
                break;
            case Reported reported:
                var anError = reported.Rules.Any(r => ValidationRules.All.Single(v => v.Id == r).DefaultSeverity == Severity.Error);
                Assert.Equal(anError ? 1 : 0, code);
                var written = File.ReadAllText(output);
                Assert.All(reported.Rules, r => Assert.Contains($" {r}: ", written, StringComparison.Ordinal));
                Assert.DoesNotContain("\u001b", written, StringComparison.Ordinal);
                break;
            case Loads:
                Assert.Equal(0, code);
                Assert.NotEqual(sentinel, File.ReadAllBytes(output));
                break;
        }

        if (inputBefore is not null)
        {
            Assert.Equal(inputBefore, File.ReadAllBytes(input));
        }

        // Nothing but the input and the output: no temporary file is left behind.
        Assert.All(_folder.GetFiles(), f => Assert.True(f.FullName == input || f.FullName == output, $"left behind: {f.Name}"));
    }

    internal static (int Code, string Out, string Err) Run(params string[] args) => Cli.CliRun.Run(args);

    /// <summary>A user error is one line starting "sdgmap: ", with no stack trace and no control characters.</summary>
    internal static void AssertOneParagraph(string stderr)
    {
        Assert.StartsWith("sdgmap: ", stderr, StringComparison.Ordinal);
        Assert.EndsWith("\n", stderr, StringComparison.Ordinal);
        Assert.Equal(1, stderr.Count(ch => ch == '\n'));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(stderr.TrimEnd('\n', '\r'), ch => char.IsControl(ch));
        Assert.True(stderr.Length < 2_200, $"{stderr.Length} characters");
    }
}
