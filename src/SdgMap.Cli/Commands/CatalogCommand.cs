using System.CommandLine;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Queries;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap catalog [ID]</c>: the SDG goals and targets, or one entry and what lies under it.</summary>
internal static class CatalogCommand
{
    private static readonly Column<CatalogRow>[] Columns =
    [
        new("id", r => r.Id),
        new("kind", r => r.Kind),
        new("goal", r => r.Goal),
        new("titleEn", r => r.TitleEn),
        new("titleJa", r => r.TitleJa),
        new("colour", r => r.Colour),
    ];

    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("id") { Description = CliText.ArgumentCatalogId, Arity = ArgumentArity.ZeroOrOne };
        var format = CommonOptions.Format();
        var command = new Command("catalog", CliText.CommandCatalog) { id, format };
        command.SetAction(result =>
        {
            var rows = result.GetValue(id) is { } text ? Lookup(text) : CatalogQueries.GoalsAndTargets();
            RowWriter.Write(rows, Columns, CommonOptions.ToFormat(result.GetValue(format)!), context);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<CatalogRow> Lookup(string id)
    {
        try
        {
            return CatalogQueries.Lookup(id);
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
