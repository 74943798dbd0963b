using System.CommandLine;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Queries;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap summary &lt;paths&gt;</c>: elements per level of each plan.</summary>
internal static class SummaryCommand
{
    private static readonly Column<LevelCount>[] Columns =
    [
        new("plan", r => r.Plan),
        new("depth", r => r.Depth),
        new("level", r => r.Level),
        new("count", r => r.Count),
    ];

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format();
        var command = new Command("summary", CliText.CommandSummary) { paths, format };
        command.SetAction(result =>
        {
            var documents = PlanGraphLoader.Documents(result.GetValue(paths)!, "summary");
            RowWriter.Write(PlanSummary.ElementsPerLevel(documents.Select(d => d.Plan)), Columns, CommonOptions.ToFormat(result.GetValue(format)!), context);
            return ExitCodes.Ok;
        });
        return command;
    }
}
