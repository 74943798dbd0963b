using System.Diagnostics;
using System.Text.Json;

namespace SdgMap.Tests.Cli;

/// <summary>
/// The SARIF log checked by Microsoft's own validator with GitHub's rules, as code scanning would
/// take it. Runs where <c>SARIF_MULTITOOL</c> names the validator's executable — .ci/run installs
/// <c>@microsoft/sarif-multitool@5.7.0</c> from npm and sets it — and is skipped elsewhere.
/// </summary>
public sealed class SarifMultitoolTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sdgmap-multitool-");

    private static string? Multitool => Environment.GetEnvironmentVariable("SARIF_MULTITOOL") is { Length: > 0 } path && File.Exists(path) ? path : null;

    /// <summary>The validator's findings at level error or warning (a missing level means warning), as rule id and message.</summary>
    private List<string> Validate(string sarifPath)
    {
        var output = Path.Combine(_folder.FullName, "validation.sarif");
        var start = new ProcessStartInfo(Multitool!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "validate", sarifPath, "--rule-kind", "Sarif;Gh", "--output", output, "--log", "ForceOverwrite" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "sarif-multitool did not finish");
        Assert.True(process.ExitCode == 0, $"sarif-multitool exited {process.ExitCode}: {stdout.Result}{stderr.Result}");
        using var log = JsonDocument.Parse(File.ReadAllText(output));
        return [.. log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => !r.TryGetProperty("level", out var level) || level.GetString() is "error" or "warning")
            .Select(r => $"{r.GetProperty("ruleId").GetString()}: {r.GetProperty("message")}")];
    }

    [SkippableFact]
    public void ValidateSarif_PassesGitHubRules_WithPercentAndJapaneseInPaths()
    {
        Skip.If(Multitool is null, "SARIF_MULTITOOL is not set (.ci/run installs @microsoft/sarif-multitool@5.7.0 from npm and sets it)");
        var inside = Path.Combine(_folder.FullName, "repo", "plans", "計画 b%41.json");
        var outside = Path.Combine(_folder.FullName, "elsewhere", "c%42.json");
        Directory.CreateDirectory(Path.GetDirectoryName(inside)!);
        Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
        File.WriteAllText(inside, SarifWriterTests.Plan);
        File.WriteAllText(outside, SarifWriterTests.Plan.Replace("sarif-plan", "other-plan", StringComparison.Ordinal));
        var stdout = new StringWriter();
        Assert.Equal(1, SdgMap.Cli.Cli.Run(["validate", inside, outside, "--require-sdg-at", "施策", "--format", "sarif", "--source-root", Path.Combine(_folder.FullName, "repo")], stdout, new StringWriter()));
        var sarif = Path.Combine(_folder.FullName, "sdgmap.sarif");
        File.WriteAllText(sarif, stdout.ToString());
        Assert.Empty(Validate(sarif));
    }

    [SkippableFact]
    public void ValidateSarif_InJapanese_PassesGitHubRules()
    {
        Skip.If(Multitool is null, "SARIF_MULTITOOL is not set");
        var stdout = new StringWriter();
        Assert.Equal(1, SdgMap.Cli.Cli.Run(["validate", RepoPaths.Plans, "--require-sdg-at", "施策", "--format", "sarif", "--lang", "ja"], stdout, new StringWriter()));
        Assert.Contains("\"language\": \"ja-JP\"", stdout.ToString(), StringComparison.Ordinal);
        var sarif = Path.Combine(_folder.FullName, "ja.sarif");
        File.WriteAllText(sarif, stdout.ToString());
        Assert.Empty(Validate(sarif));
    }

    [SkippableFact]
    public void ValidateSarif_WithSuggestedFixes_PassesGitHubRules()
    {
        Skip.If(Multitool is null, "SARIF_MULTITOOL is not set");
        var root = new SdgMap.Cli.Output.SourceRoot(_folder.FullName);
        var plan = Path.Combine(_folder.FullName, "p.json");
        File.WriteAllText(plan, SarifWriterTests.Plan);
        var output = new StringWriter();
        SdgMap.Cli.Output.SarifWriter.Write(SdgMap.Cli.Output.ReportedFinding.Of([SarifWriterTests.WithFixes(plan)], root), root, output);
        var sarif = Path.Combine(_folder.FullName, "fixes.sarif");
        File.WriteAllText(sarif, output.ToString());
        Assert.Empty(Validate(sarif));
    }

    [SkippableFact]
    public void Validator_ReportsGitHubRuleViolations_SoThePassAboveMeansSomething()
    {
        Skip.If(Multitool is null, "SARIF_MULTITOOL is not set");
        var sarif = Path.Combine(_folder.FullName, "bare.sarif");
        File.WriteAllText(sarif, """
            { "version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
              "runs": [ { "tool": { "driver": { "name": "bare", "rules": [ { "id": "X1", "shortDescription": { "text": "A rule." } } ] } }, "results": [] } ] }
            """);
        Assert.Contains(Validate(sarif), f => f.StartsWith("GH2012", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
