using System.CommandLine;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Queries;
using SdgMap.Text;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap gaps &lt;paths&gt;</c>: uncovered goals and targets, elements without SDG links or required tags, unused terms, incomplete KPIs.</summary>
internal static class GapsCommand
{
    private static readonly Column<GapRow>[] Columns =
    [
        new("plan", r => r.Plan),
        new("kind", r => r.Kind),
        new("subject", r => r.Subject),
        new("message", r => r.Message),
    ];

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var by = CommonOptions.OptionalBy(CliText.OptionGapsBy);
        var level = CommonOptions.Level(CliText.OptionGapsLevel);
        var tag = CommonOptions.Tag();
        var requireTag = new Option<string?>("--require-tag") { Description = CliText.OptionRequireTag, HelpName = "TAXONOMY,..." };
        var kinds = CommonOptions.Kinds<GapKind>(CliText.OptionGapKinds, CliText.GapKindWord);
        var includeSuggested = CommonOptions.IncludeSuggested();
        var alsoAcrossPlans = CommonOptions.Flag("--also-across-plans", CliText.OptionAlsoAcrossPlans);
        var acrossPlans = Deprecated.Flag("--across-plans");
        var format = CommonOptions.Format();
        var command = new Command("gaps", CliText.CommandGaps) { paths, by, level, tag, requireTag, kinds, includeSuggested, alsoAcrossPlans, acrossPlans, format };
        command.SetAction(result =>
        {
            var options = new GapOptions
            {
                By = result.GetValue(by) is { } sdgLevel ? CommonOptions.ToLevel(sdgLevel) : null,
                Level = result.GetValue(level),
                RequiredTaxonomies = result.GetValue(requireTag)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
                AcrossPlans = result.GetValue(alsoAcrossPlans) || Deprecated.Used(result, acrossPlans, "--also-across-plans", context),
                Kinds = result.GetValue(kinds),
            };
            var scope = new QueryScope { Tag = result.GetValue(tag), IncludeSuggested = result.GetValue(includeSuggested) };
            var gaps = PlanGraphLoader.Load(result.GetValue(paths)!, "gaps").Gaps(options, scope);
            RowWriter.Write([.. gaps.Select(GapRow.Of)], Columns, CommonOptions.ToFormat(result.GetValue(format)!), context);
            return ExitCodes.Ok;
        });
        return command;
    }


    /// <summary>One printed gap.</summary>
    internal sealed record GapRow
    {
        public required string Plan { get; init; }

        public required string Kind { get; init; }

        public required string Subject { get; init; }

        public required string Message { get; init; }

        public static GapRow Of(Gap gap) => new() { Plan = gap.Plan, Kind = KebabNames.Of(gap.Kind), Subject = gap.Subject, Message = gap.Message };
    }
}
