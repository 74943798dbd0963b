using System.CommandLine;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Excel;
using SdgMap.Graph;
using SdgMap.Queries;
using SdgMap.Text;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap compare &lt;planA&gt; &lt;planB&gt;</c>: coverage side by side, and what one covers that the other does not.</summary>
internal static class CompareCommand
{
    private static readonly Column<ComparisonRow>[] Columns =
    [
        new("sdg", r => r.Sdg),
        new("difference", r => r.Difference),
        new("planA", r => r.PlanA),
        new("countA", r => r.CountA),
        new("elementsA", r => r.ElementsA),
        new("planB", r => r.PlanB),
        new("countB", r => r.CountB),
        new("elementsB", r => r.ElementsB),
    ];

    public static Command Create(CliContext context)
    {
        var plans = new Argument<string[]>("plans") { Description = CliText.ArgumentComparePlans, HelpName = "planA planB", Arity = ArgumentArity.ZeroOrMore };
        var by = CommonOptions.By(CliText.OptionBy);
        var includeSuggested = CommonOptions.IncludeSuggested();
        var differences = CommonOptions.Flag("--differences", CliText.OptionDifferences);
        var format = CommonOptions.Format();
        var command = new Command("compare", CliText.CommandCompare) { plans, by, includeSuggested, differences, format };
        command.SetAction(result =>
        {
            var files = result.GetValue(plans)!;
            if (files.Length != 2)
            {
                throw new UsageException(CliText.CompareNeedsTwo);
            }

            var a = PlanWorkbook.Readers.Read(files[0]);
            var b = PlanWorkbook.Readers.Read(files[1]);
            if (a.Plan.Id == b.Plan.Id)
            {
                throw new UsageException(CliFormat.Format(CliText.CompareSamePlan, a.Plan.Id));
            }

            var rows = PlanGraph.Build([a, b]).Compare(a.Plan.Id, b.Plan.Id, CommonOptions.ToLevel(result.GetValue(by)!), result.GetValue(includeSuggested));
            var shown = result.GetValue(differences) ? rows.Where(r => r.Difference is CoverageDifference.OnlyA or CoverageDifference.OnlyB) : rows;
            RowWriter.Write([.. shown.Select(ComparisonRow.Of)], Columns, CommonOptions.ToFormat(result.GetValue(format)!), context);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One printed row of a comparison.</summary>
    internal sealed record ComparisonRow
    {
        public required string Sdg { get; init; }

        public required string Difference { get; init; }

        public required string PlanA { get; init; }

        public required int CountA { get; init; }

        public required IReadOnlyList<string> ElementsA { get; init; }

        public required string PlanB { get; init; }

        public required int CountB { get; init; }

        public required IReadOnlyList<string> ElementsB { get; init; }

        public static ComparisonRow Of(CoverageComparison c) => new()
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
