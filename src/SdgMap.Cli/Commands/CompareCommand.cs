using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Excel;
using SdgMap.Graph;
using SdgMap.Queries;
using SdgMap.Serialization;

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
            throw new UsageException(CliMessages.CompareTwoFiles);
        }

        var a = PlanWorkbook.Readers.Read(args.Positionals[0]);
        var b = PlanWorkbook.Readers.Read(args.Positionals[1]);
        if (a.Plan.Id == b.Plan.Id)
        {
            throw new UsageException(Localized.Format(CliMessages.CompareSamePlan, a.Plan.Id));
        }

        var rows = PlanGraph.Build([a, b]).Compare(a.Plan.Id, b.Plan.Id, by, includeSuggested);
        RowWriter.Write(differencesOnly ? [.. rows.Where(r => r.Difference is "only-a" or "only-b")] : rows, format, output);
        return ExitCodes.Ok;
    }
}
