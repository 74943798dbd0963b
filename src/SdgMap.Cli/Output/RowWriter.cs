using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SdgMap.Cli.Output;

/// <summary>
/// Prints query rows as a table fitted to the terminal, as JSON (<c>{ "rows": [...] }</c>, every
/// value whole) or as CSV for Excel; tables and CSV show the command's columns in its order.
/// </summary>
internal static class RowWriter
{
    // Japanese stays readable (not \uXXXX), lines end in LF on every system.
    // SDG ids and tags as the plan format writes them: the model itself knows no JSON.
    private static readonly JsonSerializerOptions Json = SdgMap.Serialization.PlanJson.AddConverters(new(RowJsonContext.Default.Options)
    {
        Encoder = SdgMap.Serialization.PlanJson.TextEncoder,
        WriteIndented = true,
        NewLine = "\n",
    });

    public static void Write<T>(IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns, OutputFormat format, CliContext context)
    {
        var output = context.Output;
        switch (format)
        {
            case OutputFormat.Json:
                output.Write(JsonSerializer.Serialize(new RowsDocument<T>(rows), (JsonTypeInfo<RowsDocument<T>>)Json.GetTypeInfo(typeof(RowsDocument<T>))));
                output.Write('\n');
                break;
            case OutputFormat.Csv:
                WriteCsv(rows, columns, output);
                break;
            default:
                TextTable.Write([.. columns.Select(c => c.Name)], rows, (row, column, lines) => columns[column].AddTableLines(row, lines), context.Width, output);
                break;
        }
    }

    private static void WriteCsv<T>(IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns, TextWriter output)
    {
        // A BOM makes Excel in Japanese read the file as UTF-8 rather than Shift_JIS.
        output.Write('\uFEFF');
        for (var c = 0; c < columns.Count; c++)
        {
            WriteCsvField(c, columns[c].Name, output);
        }

        output.Write("\r\n");
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                WriteCsvField(c, columns[c].CsvCell(row), output);
            }

            output.Write("\r\n");
        }
    }

    private static void WriteCsvField(int column, string cell, TextWriter output)
    {
        if (column > 0)
        {
            output.Write(',');
        }

        output.Write(CsvCell(cell));
    }

    /// <summary>RFC 4180 quoting, and a leading apostrophe for text a spreadsheet would run as a formula.</summary>
    internal static string CsvCell(string cell) => SdgMap.Serialization.PlanCsv.Field(cell);
}
