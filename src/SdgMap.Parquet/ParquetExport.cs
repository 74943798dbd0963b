using Parquet;
using SdgMap.Graph;
using SdgMap.Parquet.Tables;
using SdgMap.Queries;
using SdgMap.Resources;
using SdgMap.Serialization;

namespace SdgMap.Parquet;

/// <summary>
/// Writes a <see cref="PlanGraph"/> as Parquet tables an analytical engine (DuckDB, pandas, Spark)
/// reads as they are: <c>plans</c>, <c>elements</c>, <c>sdg_links</c>, <c>tags</c>, <c>kpis</c>
/// and <c>reuse_groups</c>, one <c>NAME.parquet</c> file each.
/// </summary>
/// <remarks>
/// Columns are typed (int32, double, boolean, UTF-8 strings), nullable only where a value can be
/// missing, and strings whose values repeat are dictionary-encoded. The per-plan tables hold one
/// row group per batch of <see cref="ParquetExportOptions.PlansPerRowGroup"/> plans, in plan order
/// (by id); only one batch per table is held in memory. The same graph and options give the same
/// bytes. Each file is replaced atomically (<see cref="OutputFile"/>): a failed write leaves an
/// earlier export's file as it was.
/// </remarks>
public static class ParquetExport
{
    /// <summary>The tables an export writes, in order.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["plans", "elements", "sdg_links", "tags", "kpis", "reuse_groups"];

    /// <summary>Writes the tables of <paramref name="graph"/> into <paramref name="directory"/>, creating it if needed.</summary>
    /// <exception cref="IOException">The directory cannot be created (a file has its name) or a table cannot be written; the message names the path.</exception>
    /// <exception cref="ArgumentException">The reuse options name a level no plan has.</exception>
    public static async Task<ParquetExportResult> WriteAsync(PlanGraph graph, string directory, ParquetExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= ParquetExportOptions.Default;
        if (File.Exists(directory))
        {
            throw new IOException(Localized.Format(Messages.ParquetTargetIsFile, directory));
        }

        Directory.CreateDirectory(directory);
        var plans = graph.Plans.Select(p => graph.Index(p.Id)).ToList();

        // Tables are independent: each walks the plans on its own, so they are written side by side.
        var tables = new (ExportTable Table, Func<ExportTable, Func<Task>, Task> Fill)[]
        {
            (new PlansTable(), PerPlan),
            (new ElementsTable(), PerPlan),
            (new SdgLinksTable(graph.Catalog), PerPlan),
            (new TagsTable(), PerPlan),
            (new KpisTable(), PerPlan),
            (new ReuseGroupsTable(), Reuse),
        };
        tables = [.. tables.Where(t => options.OnlyTables?.Contains(t.Table.Name) != false)];

        async Task PerPlan(ExportTable table, Func<Task> flush)
        {
            var rows = (IPlanRows)table;
            for (var p = 0; p < plans.Count; p++)
            {
                rows.Add(graph, plans[p]);
                if ((p + 1) % options.PlansPerRowGroup == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await flush().ConfigureAwait(false);
                }
            }
        }

        async Task Reuse(ExportTable table, Func<Task> flush)
        {
            var reuse = (ReuseGroupsTable)table;
            foreach (var group in options.Reuse is null ? [] : graph.Reuse(options.Reuse, cancellationToken: cancellationToken))
            {
                reuse.Add(group);
                if (reuse.PendingRows >= ReuseRowsPerGroup)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await flush().ConfigureAwait(false);
                }
            }
        }

        // The reuse table is the longest path (the whole reuse query, then its rows), so it starts first:
        // queued behind five per-plan tables on a two-core pool it began seconds late and finished alone.
        // Which table starts first changes no file: each table writes its own.
        var longestFirst = tables.OrderBy(t => t.Table is ReuseGroupsTable ? 0 : 1);
        await Task.WhenAll(longestFirst.Select(t => Task.Run(() => Write(t.Table, Path.Combine(directory, $"{t.Table.Name}.parquet"), t.Fill, cancellationToken), cancellationToken))).ConfigureAwait(false);
        return new ParquetExportResult
        {
            Tables = [.. tables.Select(t => new ParquetTableResult
            {
                Name = t.Table.Name,
                Path = Path.Combine(directory, $"{t.Table.Name}.parquet"),
                Rows = t.Table.WrittenRows,
                RowGroups = t.Table.RowGroups,
            })],
        };
    }

    // Reuse groups do not come plan by plan; a fixed row count bounds their row groups instead.
    private const int ReuseRowsPerGroup = 100_000;

    private static void Write(ExportTable table, string path, Func<ExportTable, Func<Task>, Task> fill, CancellationToken cancellationToken) =>
        OutputFile.Write(path, stream => WriteTableAsync(table, stream, fill, cancellationToken).GetAwaiter().GetResult());

    private static async Task WriteTableAsync(ExportTable table, Stream stream, Func<ExportTable, Func<Task>, Task> fill, CancellationToken cancellationToken)
    {
        var parquetOptions = new ParquetOptions();
        foreach (var column in table.Columns.Where(c => c.Dictionary))
        {
            parquetOptions.ColumnEncodingHints[column.Name] = EncodingHint.Dictionary;
        }

        await using var writer = await ParquetWriter.CreateAsync(table.Schema(), stream, parquetOptions, append: false, cancellationToken).ConfigureAwait(false);
        await fill(table, () => table.FlushAsync(writer, cancellationToken)).ConfigureAwait(false);
        await table.FlushAsync(writer, cancellationToken).ConfigureAwait(false);
    }
}
