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
        args.EnsureAllRead();
        var options = config is null ? ValidationOptions.Default : ValidationConfig.Load(config);
        if (requireSdgAt is not null)
        {
            options = options with { RequireSdgAt = requireSdgAt };
        }

        IReadOnlyList<PlanDiagnostic> findings;
        try
        {
            findings = PlanValidator.Validate(PlanGraphLoader.Documents(args, "validate"), options);
        }
        catch (ArgumentException e)
        {
            // An option a typo would have turned into "no check at all": refuse it, naming its source.
            var source = requireSdgAt is not null || config is null ? "--require-sdg-at" : $"{config}: requireSdgAt";
            throw new UsageException(e.Message.StartsWith("no plan has a level", StringComparison.Ordinal) ? $"{source}: {e.Message}" : $"{config}: {e.Message}");
        }

        switch (format)
        {
            case "text":
                foreach (var finding in findings)
                {
                    output.Write(TerminalText.Safe(finding.ToString()));
                    output.Write('\n');
                }

                break;
            case "sarif":
                SarifWriter.Write(findings, output);
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
