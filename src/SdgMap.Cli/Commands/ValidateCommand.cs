using SdgMap.Cli.Output;
using SdgMap.Validation;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap validate &lt;paths&gt;</c>: consistency findings; exit 1 when any is an error.</summary>
internal static class ValidateCommand
{
    public static int Run(Arguments args, TextWriter output, TextWriter error)
    {
        var format = args.Option("--format", "-f") ?? "text";
        var config = args.Option("--config");
        var requireSdgAt = args.Option("--require-sdg-at");
        var sourceRoot = args.Option("--source-root");
        if (sourceRoot is not null && !Directory.Exists(sourceRoot))
        {
            throw new UsageException($"--source-root {sourceRoot}: no such folder.");
        }

        var root = new SourceRoot(sourceRoot ?? Environment.CurrentDirectory);
        args.EnsureAllRead();
        var options = config is null ? ValidationOptions.Default : ValidationConfig.Load(config);
        if (requireSdgAt is not null)
        {
            options = options with { RequireSdgAt = requireSdgAt };
        }

        var findings = PlanValidator.Validate(PlanGraphLoader.Documents(args, "validate"), options);
        switch (format)
        {
            case "text":
                FindingText.Write(findings, output);
                break;
            case "sarif":
                SarifWriter.Write(ReportedFinding.Of(findings, root), root, output);
                break;
            case "github":
                GitHubAnnotations.Write(findings, output);
                break;
            default:
                RowWriter.Write(findings, OutputFormats.Parse(format), output);
                break;
        }

        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        error.WriteLine($"{errors} error(s), {warnings} warning(s), {findings.Count - errors - warnings} note(s).");
        return errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
