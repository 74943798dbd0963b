using System.CommandLine;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Validation;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap rules</c>: every validation rule with its id, name, default severity and what it checks.</summary>
internal static class RulesCommand
{
    private static readonly Column<ValidationRule>[] Columns =
    [
        new("id", r => r.Id),
        new("name", r => r.Name),
        new("defaultSeverity", r => r.DefaultSeverity),
        new("description", r => r.Description),
        new("help", r => r.Help),
    ];

    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format();
        var command = new Command("rules", CliText.CommandRules) { format };
        command.SetAction(result =>
        {
            RowWriter.Write(ValidationRules.All, Columns, CommonOptions.ToFormat(result.GetValue(format)!), context);
            return ExitCodes.Ok;
        });
        return command;
    }
}
