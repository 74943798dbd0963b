using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Queries;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap catalog [ID]</c>: the SDG goals and targets, or one entry and what lies under it.</summary>
internal static class CatalogCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var format = OutputFormats.Parse(args.Option("--format", "-f"));
        args.EnsureAllRead();
        var rows = args.Positionals.Count switch
        {
            0 => CatalogQueries.GoalsAndTargets(),
            1 => Lookup(args.Positionals[0]),
            _ => throw new UsageException(CliMessages.CatalogOneId),
        };
        RowWriter.Write(rows, format, output);
        return ExitCodes.Ok;
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
