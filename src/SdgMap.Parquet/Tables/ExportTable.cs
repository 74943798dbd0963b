using Parquet;
using Parquet.Schema;

namespace SdgMap.Parquet.Tables;

/// <summary>
/// A table of the export: its file name and columns in file order. Rows are added column by
/// column and written as a row group when the caller says a batch is complete.
/// </summary>
internal abstract class ExportTable(string name)
{
    /// <summary>The table's name; the file is <c>NAME.parquet</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The columns in file order.</summary>
    public abstract IReadOnlyList<Column> Columns { get; }

    /// <summary>The rows added since the last row group was written.</summary>
    public int PendingRows => Columns[0].Count;

    /// <summary>The rows written so far.</summary>
    public long WrittenRows { get; private set; }

    /// <summary>The row groups written so far.</summary>
    public int RowGroups { get; private set; }

    /// <summary>The Parquet schema of the table.</summary>
    public ParquetSchema Schema() => new([.. Columns.Select(c => c.Field)]);

    /// <summary>Writes the pending rows as one row group (nothing when there are none) and clears them.</summary>
    public async Task FlushAsync(ParquetWriter writer, CancellationToken cancellationToken)
    {
        var rows = PendingRows;
        if (rows == 0)
        {
            return;
        }

        // A table whose columns disagree in length is a bug in its row builder, not bad input.
        var ragged = Columns.FirstOrDefault(c => c.Count != rows);
        if (ragged is not null)
        {
            throw new InvalidOperationException($"Table '{Name}': column '{ragged.Name}' has {ragged.Count} values for {rows} rows.");
        }

        using (var rowGroup = writer.CreateRowGroup())
        {
            foreach (var column in Columns)
            {
                await column.WriteAsync(rowGroup, cancellationToken).ConfigureAwait(false);
            }

            rowGroup.CompleteValidate();
        }

        foreach (var column in Columns)
        {
            column.Clear();
        }

        WrittenRows += rows;
        RowGroups++;
    }
}
