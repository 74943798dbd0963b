using System.CommandLine;
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
    /// <summary>The formats of <c>validate</c>: people's text and CI's formats besides the rows.</summary>
    private static readonly string[] Formats = ["text", "json", "csv", "sarif", "github", "table"];

    private static readonly Column<FindingRow>[] Columns =
    [
        new("rule", r => r.Rule),
        new("severity", r => r.Severity),
        new("plan", r => r.Plan),
        new("element", r => r.Element),
        new("code", r => r.Code),
        new("file", r => r.File),
        new("line", r => r.Line),
        new("message", r => r.Message),
        new("fixes", r => r.Fixes),
        new("fingerprint", r => r.Fingerprint),
        new("baselineState", r => r.BaselineState),
    ];

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var requireSdgAtOption = new Option<string?>("--require-sdg-at") { Description = CliText.OptionRequireSdgAt, HelpName = "LEVEL" };
        var configOption = new Option<string?>("--config") { Description = CliText.OptionValidateConfig, HelpName = "FILE" };
        var formatOption = CommonOptions.Choice("--format", ["-f"], CliText.OptionValidateFormat, Formats, "text");
        var baselineOption = new Option<string?>("--baseline") { Description = CliText.OptionBaseline, HelpName = "FILE" };
        var maxErrorsOption = new Option<int>("--max-errors")
        {
            Description = CliText.OptionMaxErrors,
            HelpName = "N",
            DefaultValueFactory = _ => 0,
            CustomParser = result =>
            {
                var text = CommonOptions.Single(result);
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    return n;
                }

                result.AddError(CliFormat.Format(CliText.MaxErrorsInvalid, text));
                return 0;
            },
        };
        var sourceRootOption = new Option<string?>("--source-root") { Description = CliText.OptionSourceRoot, HelpName = "DIR" };
        var fixOption = CommonOptions.Flag("--fix", CliText.OptionFix);
        var noSuggestionsOption = CommonOptions.Flag("--no-suggestions", CliText.OptionNoSuggestions);
        var command = new Command("validate", CliText.CommandValidate) { paths, requireSdgAtOption, configOption, formatOption, baselineOption, maxErrorsOption, sourceRootOption, fixOption, noSuggestionsOption };
        command.SetAction(result => Run(
            new Request
            {
                Paths = result.GetValue(paths)!,
                Format = result.GetValue(formatOption)!,
                Config = result.GetValue(configOption),
                RequireSdgAt = result.GetValue(requireSdgAtOption),
                SourceRoot = result.GetValue(sourceRootOption),
                Baseline = result.GetValue(baselineOption),
                MaxErrors = result.GetValue(maxErrorsOption),
                Fix = result.GetValue(fixOption),
                WithSuggestions = !result.GetValue(noSuggestionsOption),
            },
            context));
        return command;
    }

    /// <summary>What a <c>validate</c> command line asks for.</summary>
    private sealed record Request
    {
        public required IReadOnlyList<string> Paths { get; init; }

        public required string Format { get; init; }

        public string? Config { get; init; }

        public string? RequireSdgAt { get; init; }

        public string? SourceRoot { get; init; }

        public string? Baseline { get; init; }

        public int MaxErrors { get; init; }

        public bool Fix { get; init; }

        public bool WithSuggestions { get; init; }
    }

    private static int Run(Request request, CliContext context)
    {
        var (format, config, requireSdgAt, sourceRoot, maxErrors) = (request.Format, request.Config, request.RequireSdgAt, request.SourceRoot, request.MaxErrors);
        var (output, error) = (context.Output, context.Error);
        if (sourceRoot is not null && !Directory.Exists(sourceRoot))
        {
            throw new UsageException(CliFormat.Format(CliText.SourceRootMissing, sourceRoot));
        }

        var root = new SourceRoot(sourceRoot ?? Environment.CurrentDirectory);
        var options = config is null ? ValidationOptions.Default : ValidationConfig.Load(config);
        if (requireSdgAt is not null)
        {
            options = options with { RequireSdgAt = requireSdgAt };
        }

        // The baseline is read before the plans, so that a wrong path fails fast.
        var baseline = request.Baseline is null ? null : Baseline.Load(request.Baseline, root);
        var documents = PlanGraphLoader.Documents(request.Paths, "validate");
        IReadOnlyList<PlanDiagnostic> findings;
        try
        {
            findings = PlanValidator.Validate(documents, options);
        }
        catch (ArgumentException e)
        {
            // An option a typo would have turned into "no check at all": refuse it, naming its source.
            // With no plans only the severities are checked: if they pass, the required level was refused
            // (the message's words depend on the UI language, so they cannot tell).
            var source = requireSdgAt is not null || config is null ? "--require-sdg-at" : $"{config}: requireSdgAt";
            throw new UsageException(SeveritiesAreValid(options) ? $"{source}: {e.Message}" : $"{config}: {e.Message}");
        }

        if (request.WithSuggestions || request.Fix)
        {
            var fixes = SuggestedFixes.Find(findings, documents);
            findings = fixes.Findings();
            if (request.Fix)
            {
                foreach (var (document, updated) in fixes.PlanChanges())
                {
                    if (document.Path is { } path)
                    {
                        PlanJson.Save(updated, path);
                        error.WriteLine(CliFormat.Format(CliText.WroteFixes, TerminalText.Safe(path)));
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
                RowWriter.Write([.. reported.Select(FindingRow.Of)], Columns, format switch { "json" => OutputFormat.Json, "csv" => OutputFormat.Csv, _ => OutputFormat.Table }, context);
                break;
        }

        var errors = shown.Count(f => f.Severity == Severity.Error);
        var warnings = shown.Count(f => f.Severity == Severity.Warning);
        var summary = CliFormat.Format(CliText.ValidateSummary, errors, warnings, shown.Count - errors - warnings);
        if (baseline is not null)
        {
            var known = reported.Count - shown.Count;
            var fixedSince = baseline.Count - known;
            summary = CliFormat.Format(CliText.ValidateSummaryBaseline, summary, known, fixedSince);
        }

        if (maxErrors > 0)
        {
            summary += " " + CliFormat.Format(errors > maxErrors ? CliText.ValidateOverMaxErrors : CliText.ValidateWithinMaxErrors, maxErrors);
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
}
