using System.CommandLine;
using SdgMap.Cli.Resources;
using SdgMap.Export;
using SdgMap.Graph;
using SdgMap.Serialization;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap export &lt;plan&gt; --to csv|dot|mermaid|jsonld</c>: the plan as a table, a diagram or linked data.</summary>
internal static class ExportCommand
{
    /// <summary>The formats <c>--to</c> takes.</summary>
    private static readonly string[] Formats = ["csv", "dot", "mermaid", "jsonld"];

    public static Command Create(CliContext context)
    {
        var plan = new Argument<string[]>("plan") { Description = CliText.ArgumentExportPlan, HelpName = "plan", Arity = ArgumentArity.ZeroOrMore };
        var to = new Option<string?>("--to") { Description = CliText.OptionExportTo, HelpName = string.Join('|', Formats) };
        to.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !Formats.Contains(text))
            {
                result.AddError(CliFormat.Format(CliText.ChoiceInvalid, "--to", CliFormat.Or(Formats), text));
            }
        });
        to.CompletionSources.Add(Formats);
        var element = new Option<string?>("--element") { Description = CliText.OptionExportElement, HelpName = "ID" };
        var baseUri = new Option<string?>("--base-uri") { Description = CliText.OptionExportBaseUri, HelpName = "URI" };
        var command = new Command("export", CliText.CommandExport) { plan, to, element, baseUri };
        command.SetAction(result =>
        {
            var format = result.GetValue(to) ?? throw new UsageException(CliText.ExportNeedsTo);
            var files = result.GetValue(plan)!;
            if (files.Length != 1)
            {
                throw new UsageException(CliText.ExportNeedsOnePlan);
            }

            var document = PlanJson.Load(files[0]);
            var graph = PlanGraph.Build([document]);
            ElementNode? root = null;
            if (result.GetValue(element) is { } id)
            {
                root = new ElementNode(document.Plan.Id, id);
                if (!graph.TryGetElement(root, out _))
                {
                    throw new UsageException(CliFormat.Format(CliText.ExportNoElement, document.Plan.Id, id));
                }
            }

            var output = context.Output;
            switch (format)
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
                default:
                    output.Write(result.GetValue(baseUri) is { } uri ? PlanLinkedData.Write(graph, document.Plan.Id, uri) : PlanLinkedData.Write(graph, document.Plan.Id));
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
