using System.CommandLine;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Excel;
using SdgMap.Graph;
using SdgMap.Queries;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap compare &lt;planA&gt; &lt;planB&gt;</c>: coverage side by side, and what one covers that the other does not.</summary>
internal static class CompareCommand
{
    private static readonly Column<CoverageComparison>[] Columns =
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
            RowWriter.Write(result.GetValue(differences) ? [.. rows.Where(r => r.Difference is "only-a" or "only-b")] : rows, Columns, CommonOptions.ToFormat(result.GetValue(format)!), context);
            return ExitCodes.Ok;
        });
        return command;
    }
}
