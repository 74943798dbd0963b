using SdgMap.Cli.Output;
using SdgMap.Queries;
using SdgMap.Serialization;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap summary &lt;paths&gt;</c>: elements per level of each plan.</summary>
internal static class SummaryCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var format = OutputFormats.Parse(args.Option("--format", "-f"));
        args.EnsureAllRead();
        if (args.Positionals.Count == 0)
        {
            throw new UsageException("summary needs at least one plan file or folder, e.g. sdgmap summary data/plans");
        }

        var documents = PlanFiles.LoadAll(args.Positionals);
        RowWriter.Write(PlanSummary.ElementsPerLevel(documents.Select(d => d.Plan)), format, output);
        return ExitCodes.Ok;
    }
}
