using SdgMap.Cli.Resources;
using System.Globalization;
using SdgMap.Excel;
using SdgMap.Export;
using SdgMap.Graph;
using SdgMap.Parquet;
using SdgMap.Serialization;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap export &lt;plan&gt; --to csv|xlsx|dot|mermaid|jsonld</c>: the plan as a table (CSV or workbook), a diagram or linked data; <c>--to parquet -o DIR</c>: plans as Parquet tables.</summary>
internal static class ExportCommand
{
    /// <param name="args">The arguments after the command.</param>
    /// <param name="output">Where text goes.</param>
    /// <param name="outputPath">The <c>-o</c> file; a workbook is written there directly.</param>
    /// <param name="wroteFile">Set when the command wrote <paramref name="outputPath"/> itself.</param>
    public static int Run(Arguments args, TextWriter output, string? outputPath, ref bool wroteFile)
    {
        var exporters = PlanExporters.Default;
        var to = args.Option("--to") ?? throw new UsageException($"export needs --to {exporters.Names}, xlsx or parquet.");
        var element = args.Option("--element");
        var baseUri = args.Option("--base-uri");
        args.EnsureAllRead();
        if (args.Positionals.Count != 1)
        {
            throw new UsageException(CliMessages.ExportOneFile);
        }

        var document = PlanWorkbook.Readers.Read(args.Positionals[0]);
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

        if (to == "xlsx")
        {
            var plan = document.Plan;
            OutputFile.Write(outputPath ?? throw new UsageException("--to xlsx writes a workbook: name the file with -o, e.g. -o plan.xlsx."), stream => PlanWorkbook.Write(plan, stream));
            wroteFile = true;
            return ExitCodes.Ok;
        }

        var exporter = exporters.All.FirstOrDefault(e => e.Format == to) ?? throw new UsageException($"--to must be {exporters.Names}, xlsx or parquet, not '{to}'.");
        exporter.Write(graph, output, new ExportOptions { PlanId = document.Plan.Id, Element = root, BaseUri = baseUri ?? new ExportOptions { PlanId = document.Plan.Id }.BaseUri });

        return ExitCodes.Ok;
    }

    /// <summary><c>sdgmap export &lt;files or folders&gt; --to parquet -o DIR</c>: every plan's graph as Parquet tables in DIR.</summary>
    public static int RunParquet(Arguments args, string? directory, TextWriter output)
    {
        var perGroup = args.Option("--plans-per-row-group");
        if (directory is null)
        {
            throw new UsageException("export --to parquet writes a folder of tables: name it with -o DIR, e.g. sdgmap export data/plans --to parquet -o tables");
        }

        var options = ParquetExportOptions.Default;
        if (perGroup is not null)
        {
            options = int.TryParse(perGroup, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1
                ? options with { PlansPerRowGroup = n }
                : throw new UsageException($"--plans-per-row-group takes a whole number of plans, 1 or more, not '{perGroup}'.");
        }

        var graph = PlanGraphLoader.Load(args, "export");
        args.EnsureAllRead();
        var result = ParquetExport.WriteAsync(graph, directory, options).GetAwaiter().GetResult();
        foreach (var table in result.Tables)
        {
            output.WriteLine($"{table.Path}: {table.Rows} rows in {table.RowGroups} row group{(table.RowGroups == 1 ? "" : "s")}");
        }

        return ExitCodes.Ok;
    }
}
