using System.CommandLine;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Queries;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap reuse &lt;paths&gt;</c>: work reused across policies and plans.</summary>
internal static class ReuseCommand
{
    private static readonly Column<ReuseGroup>[] Columns =
    [
        new("group", r => r.Group),
        new("kind", r => r.Kind),
        new("score", r => r.Score),
        new("elements", r => r.Elements),
        new("matched", r => r.Matched),
    ];

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var minSimilarity = new Option<double>("--min-similarity")
        {
            Description = CliText.OptionMinSimilarity,
            HelpName = "X",
            DefaultValueFactory = _ => ReuseOptions.Default.MinSimilarity,
            CustomParser = result =>
            {
                // The range is ReuseOptions' own rule: the record refuses what the search cannot do.
                try
                {
                    return new ReuseOptions { MinSimilarity = CommonOptions.Number(result) ?? double.NaN }.MinSimilarity;
                }
                catch (ArgumentOutOfRangeException)
                {
                    result.AddError(CliFormat.Format(CliText.MinSimilarityInvalid, ReuseOptions.LowestMinSimilarity, CommonOptions.Single(result)));
                    return ReuseOptions.Default.MinSimilarity;
                }
            },
        };
        var includeDescriptions = CommonOptions.Flag("--include-descriptions", CliText.OptionIncludeDescriptions);
        var level = CommonOptions.Level(CliText.OptionReuseLevel);
        var kinds = CommonOptions.Kinds(CliText.OptionReuseKinds, CliText.ReuseKindWord, ReuseKinds.All);
        var onlyAcrossPlans = CommonOptions.Flag("--only-across-plans", CliText.OptionOnlyAcrossPlans);
        var acrossPlans = Deprecated.Flag("--across-plans");
        var format = CommonOptions.Format();
        var command = new Command("reuse", CliText.CommandReuse) { paths, minSimilarity, includeDescriptions, level, kinds, onlyAcrossPlans, acrossPlans, format };
        command.SetAction(result =>
        {
            var wanted = result.GetValue(kinds)?.ToHashSet(StringComparer.Ordinal);
            bool Wants(params string[] any) => wanted is null || any.Any(wanted.Contains);

            // Only the kinds asked for are searched: near-duplicate search is the costly one.
            var options = new ReuseOptions
            {
                Level = result.GetValue(level),
                MinSimilarity = result.GetValue(minSimilarity),
                IncludeDescriptions = result.GetValue(includeDescriptions),
                Explicit = Wants(ReuseKinds.Referenced, ReuseKinds.RepostedKpi),
                SharedTargets = Wants(ReuseKinds.SharedTargets),
                Textual = Wants(ReuseKinds.IdenticalText, ReuseKinds.SimilarText),
            };
            var acrossOnly = result.GetValue(onlyAcrossPlans) || Deprecated.Used(result, acrossPlans, "--only-across-plans", context);
            var groups = PlanGraphLoader.Load(result.GetValue(paths)!, "reuse").Reuse(options);
            var shown = groups.Where(g => (wanted is null || wanted.Contains(g.Kind)) && (!acrossOnly || g.Elements.Select(e => e.Plan).Distinct().Skip(1).Any())).ToList();
            RowWriter.Write(shown, Columns, CommonOptions.ToFormat(result.GetValue(format)!), context);
            return ExitCodes.Ok;
        });
        return command;
    }
}
