using SdgMap.Cli.Output;
using SdgMap.Queries;
using SdgMap.Text;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap gaps &lt;paths&gt;</c>: uncovered goals and targets, elements without SDG links or required tags, unused terms, incomplete KPIs.</summary>
internal static class GapsCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var format = OutputFormats.Parse(args.Option("--format", "-f"));
        var byText = args.Option("--by");
        var options = new GapOptions
        {
            By = byText is null ? null : CoverageCommand.ParseBy(byText),
            Level = args.Option("--level"),
            RequiredTaxonomies = args.ListOption("--require-tag") ?? [],
            AcrossPlans = args.Flag("--across-plans"),
            Kinds = args.ListOption("--kind")?.Select(ParseKind).ToList(),
        };

        var scope = new QueryScope { IncludeSuggested = args.Flag("--include-suggested") };
        args.EnsureAllRead();
        var gaps = PlanGraphLoader.Load(args, "gaps").Gaps(options, scope);
        RowWriter.Write([.. gaps.Select(Row.Of)], format, output);
        return ExitCodes.Ok;
    }

    private static GapKind ParseKind(string text) =>
        KebabNames.TryParse<GapKind>(text, out var kind)
            ? kind
            : throw new UsageException($"--kind: unknown gap kind '{text}'; the kinds are {string.Join(", ", KebabNames.All<GapKind>())}.");

    /// <summary>One printed gap.</summary>
    internal sealed record Row
    {
        public required string Plan { get; init; }

        public required string Kind { get; init; }

        public required string Subject { get; init; }

        public required string Message { get; init; }

        public static Row Of(Gap gap) => new() { Plan = gap.Plan, Kind = KebabNames.Of(gap.Kind), Subject = gap.Subject, Message = gap.Message };
    }
}
