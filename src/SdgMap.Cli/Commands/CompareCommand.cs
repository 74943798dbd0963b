using SdgMap.Cli.Output;
using SdgMap.Excel;
using SdgMap.Graph;
using SdgMap.Queries;
using SdgMap.Serialization;
using SdgMap.Text;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap compare &lt;planA&gt; &lt;planB&gt;</c>: coverage side by side, and what one covers that the other does not.</summary>
internal static class CompareCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var format = OutputFormats.Parse(args.Option("--format", "-f"));
        var by = CoverageCommand.ParseBy(args.Option("--by"));
        var includeSuggested = args.Flag("--include-suggested");
        var differencesOnly = args.Flag("--differences");
        args.EnsureAllRead();
        if (args.Positionals.Count != 2)
        {
            throw new UsageException("compare takes two plan files, e.g. sdgmap compare a.json b.json");
        }

        var a = PlanWorkbook.Readers.Read(args.Positionals[0]);
        var b = PlanWorkbook.Readers.Read(args.Positionals[1]);
        if (a.Plan.Id == b.Plan.Id)
        {
            throw new UsageException($"both files hold plan '{a.Plan.Id}'.");
        }

        var rows = PlanGraph.Build([a, b]).Compare(a.Plan.Id, b.Plan.Id, by, includeSuggested);
        var shown = rows.Where(r => !differencesOnly || r.Difference is CoverageDifference.OnlyA or CoverageDifference.OnlyB);
        RowWriter.Write([.. shown.Select(Row.Of)], format, output);
        return ExitCodes.Ok;
    }

    /// <summary>One printed row of a comparison.</summary>
    internal sealed record Row
    {
        public required string Sdg { get; init; }

        public required string Difference { get; init; }

        public required string PlanA { get; init; }

        public required int CountA { get; init; }

        public required IReadOnlyList<string> ElementsA { get; init; }

        public required string PlanB { get; init; }

        public required int CountB { get; init; }

        public required IReadOnlyList<string> ElementsB { get; init; }

        public static Row Of(CoverageComparison c) => new()
        {
            Sdg = c.Sdg.ToString(),
            Difference = KebabNames.Of(c.Difference),
            PlanA = c.PlanA,
            CountA = c.CountA,
            ElementsA = [.. c.ElementsA.Select(e => e.Code)],
            PlanB = c.PlanB,
            CountB = c.CountB,
            ElementsB = [.. c.ElementsB.Select(e => e.Code)],
        };
    }
}
