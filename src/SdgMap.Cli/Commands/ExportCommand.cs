using SdgMap.Export;
using SdgMap.Graph;
using SdgMap.Serialization;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap export &lt;plan&gt; --to csv|dot|mermaid|jsonld</c>: the plan as a table, a diagram or linked data.</summary>
internal static class ExportCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var exporters = PlanExporters.Default;
        var to = args.Option("--to") ?? throw new UsageException($"export needs --to {exporters.Names}.");
        var element = args.Option("--element");
        var baseUri = args.Option("--base-uri");
        args.EnsureAllRead();
        if (args.Positionals.Count != 1)
        {
            throw new UsageException("export takes one plan file, e.g. sdgmap export plan.json --to csv");
        }

        var document = PlanReaders.Default.Read(args.Positionals[0]);
        var graph = PlanGraph.Build([document]);
        ElementNode? root = null;
        if (element is not null)
        {
            root = new ElementNode(document.Plan.Id, element);
            if (!graph.TryGetElement(root, out _))
            {
                throw new UsageException($"plan '{document.Plan.Id}' has no element '{element}'.");
            }
        }

        var exporter = exporters.All.FirstOrDefault(e => e.Format == to) ?? throw new UsageException($"--to must be {exporters.Names}, not '{to}'.");
        exporter.Write(graph, output, new ExportOptions { PlanId = document.Plan.Id, Element = root, BaseUri = baseUri ?? new ExportOptions { PlanId = document.Plan.Id }.BaseUri });

        return ExitCodes.Ok;
    }
}
