using System.CommandLine;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Queries;
using SdgMap.Text;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap reuse &lt;paths&gt;</c>: work reused across policies and plans.</summary>
internal static class ReuseCommand
{
    private static readonly Column<ReuseRow>[] Columns =
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
        var kinds = CommonOptions.Kinds<ReuseKind>(CliText.OptionReuseKinds, CliText.ReuseKindWord);
        var onlyAcrossPlans = CommonOptions.Flag("--only-across-plans", CliText.OptionOnlyAcrossPlans);
        var acrossPlans = Deprecated.Flag("--across-plans");
        var format = CommonOptions.Format();
        var command = new Command("reuse", CliText.CommandReuse) { paths, minSimilarity, includeDescriptions, level, kinds, onlyAcrossPlans, acrossPlans, format };
        command.SetAction(result =>
        {
            var wanted = result.GetValue(kinds)?.ToHashSet();
            bool Wants(params ReuseKind[] any) => wanted is null || any.Any(wanted.Contains);

            // Only the kinds asked for are searched: near-duplicate search is the costly one.
            var options = new ReuseOptions
            {
                Level = result.GetValue(level),
                MinSimilarity = result.GetValue(minSimilarity),
                IncludeDescriptions = result.GetValue(includeDescriptions),
                Explicit = Wants(ReuseKind.Referenced, ReuseKind.RepostedKpi),
                SharedTargets = Wants(ReuseKind.SharedTargets),
                Textual = Wants(ReuseKind.IdenticalText, ReuseKind.SimilarText),
            };
            var acrossOnly = result.GetValue(onlyAcrossPlans) || Deprecated.Used(result, acrossPlans, "--only-across-plans", context);
            var groups = PlanGraphLoader.Load(result.GetValue(paths)!, "reuse").Reuse(options);
            var shown = groups.Where(g => (wanted is null || wanted.Contains(g.Kind)) && (!acrossOnly || g.Elements.Select(e => e.PlanId).Distinct().Skip(1).Any())).Select(ReuseRow.Of).ToList();
            RowWriter.Write(shown, Columns, CommonOptions.ToFormat(result.GetValue(format)!), context);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One printed reuse group.</summary>
    internal sealed record ReuseRow
    {
        public required int Group { get; init; }

        public required string Kind { get; init; }

        public required double Score { get; init; }

        public required IReadOnlyList<Member> Elements { get; init; }

        public required string Matched { get; init; }

        public static ReuseRow Of(ReuseGroup g) => new()
        {
            Group = g.Group,
            Kind = KebabNames.Of(g.Kind),
            Score = g.Score,
            Elements = [.. g.Elements.Select(e => new Member { Plan = e.PlanId, Code = e.Code, Title = e.Title })],
            Matched = g.Matched,
        };
    }

    /// <summary>A group member as printed: an object in JSON, <c>plan:code「title」</c> in a table or CSV cell.</summary>
    internal sealed record Member
    {
        public required string Plan { get; init; }

        public required string Code { get; init; }

        public required string Title { get; init; }

        public override string ToString() => $"{Plan}:{Code}「{Title}」";
    }
}
