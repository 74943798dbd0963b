using SdgMap.Graph;
using SdgMap.Serialization;

namespace SdgMap.Cli.Commands;

/// <summary>Reads the plans a command names into one graph.</summary>
internal static class PlanGraphLoader
{
    public static IReadOnlyList<PlanDocument> Documents(Arguments args, string command) =>
        args.Positionals.Count == 0
            ? throw new UsageException($"{command} needs at least one plan file or folder, e.g. sdgmap {command} data/plans")
            : PlanFiles.LoadAll(args.Positionals);

    public static PlanGraph Load(Arguments args, string command)
    {
        var documents = Documents(args, command);
        try
        {
            return PlanGraph.Build(documents);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
