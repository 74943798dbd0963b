using SdgMap.Cli.Output;
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
            _ => throw new UsageException("catalog takes at most one id, e.g. sdgmap catalog 16.6"),
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
