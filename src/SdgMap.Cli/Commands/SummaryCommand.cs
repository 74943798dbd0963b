using SdgMap.Cli.Output;
using SdgMap.Queries;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap summary &lt;paths&gt;</c>: elements per level of each plan.</summary>
internal static class SummaryCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var format = OutputFormats.Parse(args.Option("--format", "-f"));
        args.EnsureAllRead();
        var documents = PlanGraphLoader.Documents(args, "summary");
        RowWriter.Write(PlanSummary.ElementsPerLevel(documents.Select(d => d.Plan)), format, output);
        return ExitCodes.Ok;
    }
}
