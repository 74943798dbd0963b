using SdgMap.Cli.Output;
using SdgMap.Graph;
using SdgMap.Queries;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap coverage &lt;paths&gt;</c>: which goals or targets each plan covers, and through which elements.</summary>
internal static class CoverageCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var format = OutputFormats.Parse(args.Option("--format", "-f"));
        var by = ParseBy(args.Option("--by"));
        var scope = new QueryScope { Level = args.Option("--level"), IncludeSuggested = args.Flag("--include-suggested") };
        var combined = args.Flag("--combined");
        var coveredOnly = args.Flag("--covered-only");
        args.EnsureAllRead();
        var rows = PlanGraphLoader.Load(args, "coverage").Coverage(by, scope, combined);
        RowWriter.Write([.. rows.Where(r => !coveredOnly || r.Covered).Select(Row.Of)], format, output);
        return ExitCodes.Ok;
    }

    /// <summary>How an element is named in a row: its code, or <c>plan:code</c> in a row about every plan at once.</summary>
    internal static string Name(ElementRef element, string plan) => plan == CoverageQueries.AllPlans ? element.QualifiedCode : element.Code;

    /// <summary>One printed row of coverage.</summary>
    internal sealed record Row
    {
        public required string Plan { get; init; }

        public required string Sdg { get; init; }

        public required bool Covered { get; init; }

        public required int Count { get; init; }

        public required IReadOnlyList<string> Elements { get; init; }

        public required IReadOnlyList<string> RolledUp { get; init; }

        public required IReadOnlyList<string> SuggestedOnly { get; init; }

        public static Row Of(SdgCoverage c) => new()
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

    internal static SdgLevel ParseBy(string? text) => text switch
    {
        null or "target" => SdgLevel.Target,
        "goal" => SdgLevel.Goal,
        _ => throw new UsageException($"--by must be goal or target, not '{text}'."),
    };
}
