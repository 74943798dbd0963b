using System.CommandLine;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Graph;
using SdgMap.Queries;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap coverage &lt;paths&gt;</c>: which goals or targets each plan covers, and through which elements.</summary>
internal static class CoverageCommand
{
    private static readonly Column<CoverageRow>[] Columns =
    [
        new("plan", r => r.Plan),
        new("sdg", r => r.Sdg),
        new("covered", r => r.Covered),
        new("count", r => r.Count),
        new("elements", r => r.Elements),
        new("rolledUp", r => r.RolledUp),
        new("suggestedOnly", r => r.SuggestedOnly),
    ];

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var by = CommonOptions.By(CliText.OptionBy);
        var level = CommonOptions.Level(CliText.OptionLevelScope);
        var tag = CommonOptions.Tag();
        var includeSuggested = CommonOptions.IncludeSuggested();
        var combined = CommonOptions.Flag("--combined", CliText.OptionCoverageCombined);
        var coveredOnly = CommonOptions.Flag("--covered-only", CliText.OptionCoveredOnly);
        var format = CommonOptions.Format();
        var command = new Command("coverage", CliText.CommandCoverage) { paths, by, level, tag, includeSuggested, combined, coveredOnly, format };
        command.SetAction(result =>
        {
            var scope = new QueryScope { Level = result.GetValue(level), Tag = result.GetValue(tag), IncludeSuggested = result.GetValue(includeSuggested) };
            var rows = PlanGraphLoader.Load(result.GetValue(paths)!, "coverage").Coverage(CommonOptions.ToLevel(result.GetValue(by)!), scope, result.GetValue(combined));
            RowWriter.Write([.. rows.Where(r => r.Covered || !result.GetValue(coveredOnly)).Select(CoverageRow.Of)], Columns, CommonOptions.ToFormat(result.GetValue(format)!), context);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>How an element is named in a row: its code, or <c>plan:code</c> in a row about every plan at once.</summary>
    internal static string Name(ElementRef element, string plan) => plan == CoverageQueries.AllPlans ? element.QualifiedCode : element.Code;

    /// <summary>One printed row of coverage.</summary>
    internal sealed record CoverageRow
    {
        public required string Plan { get; init; }

        public required string Sdg { get; init; }

        public required bool Covered { get; init; }

        public required int Count { get; init; }

        public required IReadOnlyList<string> Elements { get; init; }

        public required IReadOnlyList<string> RolledUp { get; init; }

        public required IReadOnlyList<string> SuggestedOnly { get; init; }

        public static CoverageRow Of(SdgCoverage c) => new()
        {
            Plan = c.Plan,
            Sdg = c.Sdg.ToString(),
            Covered = c.Covered,
            Count = c.Count,
            Elements = [.. c.Elements.Select(e => Name(e, c.Plan))],
            RolledUp = [.. c.RolledUp.Select(e => Name(e, c.Plan))],
            SuggestedOnly = [.. c.SuggestedOnly.Select(e => Name(e, c.Plan))],
        };
    }
}
