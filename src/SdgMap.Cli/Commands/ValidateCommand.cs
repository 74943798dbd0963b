using System.Globalization;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Serialization;
using SdgMap.Suggestions;
using SdgMap.Validation;

namespace SdgMap.Cli.Commands;

/// <summary>
/// <c>sdgmap validate &lt;paths&gt;</c>: consistency findings; exit 1 when more error-level findings
/// than <c>--max-errors</c> (default 0) are new — all are new without <c>--baseline</c>.
/// </summary>
internal static class ValidateCommand
{
    public static int Run(Arguments args, TextWriter output, TextWriter error)
    {
        var format = args.Option("--format", "-f") ?? "text";
        var config = args.Option("--config");
        var requireSdgAt = args.Option("--require-sdg-at");
        var sourceRoot = args.Option("--source-root");
        var baselinePath = args.Option("--baseline");
        var maxErrors = MaxErrors(args.Option("--max-errors"));
        var fix = args.Flag("--fix");
        var withSuggestions = !args.Flag("--no-suggestions");
        args.EnsureAllRead();
        if (sourceRoot is not null && !Directory.Exists(sourceRoot))
        {
            throw new UsageException(Localized.Format(CliMessages.SourceRootMissing, sourceRoot));
        }

        var root = new SourceRoot(sourceRoot ?? Environment.CurrentDirectory);
        var options = config is null ? ValidationOptions.Default : ValidationConfig.Load(config);
        if (requireSdgAt is not null)
        {
            options = options with { RequireSdgAt = requireSdgAt };
        }

        // The baseline is read before the plans, so that a wrong path fails fast.
        var baseline = baselinePath is null ? null : Baseline.Load(baselinePath, root);
        var documents = PlanGraphLoader.Documents(args, "validate");
        IReadOnlyList<PlanDiagnostic> findings;
        try
        {
            findings = PlanValidator.Validate(documents, options);
        }
        catch (ArgumentException e)
        {
            // An option a typo would have turned into "no check at all": refuse it, naming its source.
            // With no plans only the severities are checked: if they pass, the required level was refused.
            var source = requireSdgAt is not null || config is null ? "--require-sdg-at" : $"{config}: requireSdgAt";
            throw new UsageException(SeveritiesAreValid(options) ? $"{source}: {e.Message}" : $"{config}: {e.Message}");
        }

        if (withSuggestions || fix)
        {
            var fixes = SuggestedFixes.Find(findings, documents);
            findings = fixes.Findings();
            if (fix)
            {
                foreach (var (document, updated) in fixes.PlanChanges())
                {
                    if (document.Path is { } path)
                    {
                        PlanJson.Save(updated, path);
                        error.WriteLine(Localized.Format(CliMessages.WroteFixSuggestions, TerminalText.Safe(path)));
                    }
                }
            }
        }

        var reported = ReportedFinding.Of(findings, root);
        if (baseline is not null)
        {
            reported = [.. reported.Select(f => f with { IsNew = !baseline.Contains(f.Fingerprint) })];
        }

        // People read text and annotations: with a baseline they show only what is new. Machines
        // read JSON, CSV and SARIF: those keep every finding, marked new or unchanged, so that the
        // output can be the next baseline and code scanning keeps tracking the old findings.
        var shown = reported.Where(f => f.IsNew != false).Select(f => f.Diagnostic).ToList();
        switch (format)
        {
            case "text":
                FindingText.Write(shown, output);
                break;
            case "sarif":
                SarifWriter.Write(reported, root, output);
                break;
            case "github":
                GitHubAnnotations.Write(shown, output);
                break;
            default:
                RowWriter.Write([.. reported.Select(FindingRow.Of)], OutputFormats.Parse(format), output);
                break;
        }

        var errors = shown.Count(f => f.Severity == Severity.Error);
        var warnings = shown.Count(f => f.Severity == Severity.Warning);
        var summary = Localized.Format(CliMessages.ValidateSummary, errors, warnings, shown.Count - errors - warnings);
        if (baseline is not null)
        {
            var known = reported.Count - shown.Count;
            var fixedSince = baseline.Count - known;
            summary = Localized.Format(CliMessages.ValidateSummaryBaseline, summary, known, fixedSince);
        }

        if (maxErrors > 0)
        {
            summary += Localized.Format(errors > maxErrors ? CliMessages.MoreThanMaxErrors : CliMessages.WithinMaxErrors, maxErrors);
        }

        error.WriteLine(summary);
        return errors > maxErrors ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static bool SeveritiesAreValid(ValidationOptions options)
    {
        try
        {
            PlanValidator.Validate([], options);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int MaxErrors(string? value)
    {
        if (value is null)
        {
            return 0;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new UsageException(Localized.Format(CliMessages.MaxErrorsValue, value));
    }
}
