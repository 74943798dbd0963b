using System.CommandLine;
using System.CommandLine.Help;
using SdgMap.Cli.Resources;

namespace SdgMap.Cli.Commands;

/// <summary>The <c>sdgmap</c> command tree: every verb with its options, and the options all of them take.</summary>
internal static class CommandTree
{
    public static (RootCommand Root, GlobalOptions Global) Build(CliContext context)
    {
        var global = new GlobalOptions();
        var root = new RootCommand(CliText.CommandRoot)
        {
            SummaryCommand.Create(context),
            CatalogCommand.Create(context),
            CoverageCommand.Create(context),
            MatrixCommand.Create(context),
            GapsCommand.Create(context),
            ReuseCommand.Create(context),
            CompareCommand.Create(context),
            ValidateCommand.Create(context),
            RulesCommand.Create(context),
            SuggestCommand.Create(context),
            ReviewCommand.Create(context),
            ImportCommand.Create(context),
            ExportCommand.Create(context),
            ReportCommand.Create(context),
            global.Output,
            global.Language,
        };
        // No command: the overview, but as a failure, so that a script that lost its arguments notices.
        root.SetAction(result =>
        {
            new HelpAction { MaxWidth = context.Width }.Invoke(result);
            return ExitCodes.BadInput;
        });
        root.Options.OfType<HelpOption>().Single().Action = new HelpAction { MaxWidth = context.Width };
        return (root, global);
    }
}
