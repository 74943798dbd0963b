using System.CommandLine;
using System.Globalization;
using SdgMap.Cli.Resources;
using SdgMap.Excel;
using SdgMap.Export;
using SdgMap.Graph;
using SdgMap.Parquet;
using SdgMap.Serialization;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap export &lt;plan&gt; --to csv|xlsx|dot|mermaid|jsonld</c>: the plan as a table (CSV or workbook), a diagram or linked data; <c>--to parquet -o DIR</c>: plans as Parquet tables.</summary>
internal static class ExportCommand
{
    /// <summary>The formats <c>--to</c> takes: the library's text exporters, then the workbook and the Parquet tables, which write files of their own.</summary>
    private static readonly string[] Formats = [.. PlanExporters.Default.All.Select(e => e.Format), "xlsx", "parquet"];

    public static Command Create(CliContext context)
    {
        var plan = new Argument<string[]>("plan") { Description = CliText.ArgumentExportPlan, HelpName = "plan (parquet: files or folders)", Arity = ArgumentArity.ZeroOrMore };
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
        var plansPerRowGroup = new Option<string?>("--plans-per-row-group") { Description = CliText.OptionPlansPerRowGroup, HelpName = "N" };
        var command = new Command("export", CliText.CommandExport) { plan, to, element, baseUri, plansPerRowGroup };
        command.SetAction(result =>
        {
            var format = result.GetValue(to) ?? throw new UsageException(CliText.ExportNeedsTo);
            var files = result.GetValue(plan)!;
            if (format == "parquet")
            {
                if ((result.GetValue(element) is not null ? "--element" : result.GetValue(baseUri) is not null ? "--base-uri" : null) is { } other)
                {
                    throw new UsageException(CliFormat.Format(CliText.OptionNotForParquet, other));
                }

                return Parquet(files, result.GetValue(plansPerRowGroup), context);
            }

            if (files.Length != 1)
            {
                throw new UsageException(CliText.ExportNeedsOnePlan);
            }

            var document = PlanWorkbook.Readers.Read(files[0]);
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

            if (format == "xlsx")
            {
                // A workbook is bytes, not text: written to the -o file directly.
                OutputFile.Write(context.OutputPath ?? throw new UsageException(CliText.ExportXlsxNeedsFile), stream => PlanWorkbook.Write(document.Plan, stream));
                context.WroteOutput = true;
                return ExitCodes.Ok;
            }

            var exporter = PlanExporters.Default.All.First(e => e.Format == format);
            var options = new ExportOptions { PlanId = document.Plan.Id, Element = root };
            exporter.Write(graph, context.Output, result.GetValue(baseUri) is { } uri ? options with { BaseUri = uri } : options);

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary><c>--to parquet -o DIR</c>: every plan's graph as Parquet tables in DIR.</summary>
    private static int Parquet(string[] paths, string? perGroup, CliContext context)
    {
        var directory = context.OutputPath ?? throw new UsageException(CliText.ExportParquetNeedsFolder);
        var options = ParquetExportOptions.Default;
        if (perGroup is not null)
        {
            options = int.TryParse(perGroup, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1
                ? options with { PlansPerRowGroup = n }
                : throw new UsageException(CliFormat.Format(CliText.PlansPerRowGroupInvalid, perGroup));
        }

        var graph = PlanGraphLoader.Load(paths, "export");
        var result = ParquetExport.WriteAsync(graph, directory, options).GetAwaiter().GetResult();

        // The folder is the output; what standard output gets is what was written there.
        context.WroteOutput = true;
        foreach (var table in result.Tables)
        {
            context.StandardOutput.WriteLine(CliFormat.Format(table.RowGroups == 1 ? CliText.ParquetTableOne : CliText.ParquetTable, table.Path, table.Rows, table.RowGroups));
        }

        return ExitCodes.Ok;
    }
}
