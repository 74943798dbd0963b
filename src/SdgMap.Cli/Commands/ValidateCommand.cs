using SdgMap.Cli.Output;
using SdgMap.Validation;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap validate &lt;paths&gt;</c>: consistency findings; exit 1 when any is an error.</summary>
internal static class ValidateCommand
{
    public static int Run(Arguments args, TextWriter output, TextWriter error)
    {
        var formatText = args.Option("--format", "-f");
        var options = new ValidationOptions { RequireSdgAt = args.Option("--require-sdg-at") };
        args.EnsureAllRead();
        var findings = PlanValidator.Validate(PlanGraphLoader.Documents(args, "validate"), options);
        if (formatText is null or "text")
        {
            foreach (var finding in findings)
            {
                output.Write(finding.ToString());
                output.Write('\n');
            }
        }
        else
        {
            RowWriter.Write(findings, OutputFormats.Parse(formatText), output);
        }

        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        error.WriteLine($"{errors} error(s), {warnings} warning(s), {findings.Count - errors - warnings} note(s).");
        return errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
