using SdgMap.Cli.Output;
using SdgMap.Serialization;
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
        if (args.Positionals.Count == 0)
        {
            throw new UsageException("validate needs at least one plan file or folder, e.g. sdgmap validate data/plans");
        }

        var findings = PlanValidator.Validate(PlanFiles.LoadAll(args.Positionals), options);
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
