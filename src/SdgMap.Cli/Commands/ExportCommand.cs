using SdgMap.Cli.Resources;
using SdgMap.Export;
using SdgMap.Graph;
using SdgMap.Serialization;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap export &lt;plan&gt; --to csv|dot|mermaid|jsonld</c>: the plan as a table, a diagram or linked data.</summary>
internal static class ExportCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var to = args.Option("--to") ?? throw new UsageException(CliMessages.ExportNeedsTo);
        var element = args.Option("--element");
        var baseUri = args.Option("--base-uri");
        args.EnsureAllRead();
        if (args.Positionals.Count != 1)
        {
            throw new UsageException(CliMessages.ExportOneFile);
        }

        var document = PlanJson.Load(args.Positionals[0]);
        var graph = PlanGraph.Build([document]);
        ElementNode? root = null;
        if (element is not null)
        {
            root = new ElementNode(document.Plan.Id, element);
            if (!graph.TryGetElement(root, out _))
            {
                throw new UsageException(Localized.Format(CliMessages.ExportNoElement, document.Plan.Id, element));
            }
        }

        switch (to)
        {
            case "csv":
                PlanCsv.Write(document.Plan, output);
                break;
            case "dot":
                output.Write(PlanDiagram.ToDot(graph, document.Plan.Id, root));
                break;
            case "mermaid":
                output.Write(PlanDiagram.ToMermaid(graph, document.Plan.Id, root));
                break;
            case "jsonld":
                output.Write(baseUri is null ? PlanLinkedData.Write(graph, document.Plan.Id) : PlanLinkedData.Write(graph, document.Plan.Id, baseUri));
                break;
            default:
                throw new UsageException(Localized.Format(CliMessages.ExportToValue, to));
        }

        return ExitCodes.Ok;
    }
}
