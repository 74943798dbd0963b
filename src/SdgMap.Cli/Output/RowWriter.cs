using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SdgMap.Text;

namespace SdgMap.Cli.Output;

/// <summary>Prints query rows as an aligned table, as JSON (<c>{ "rows": [...] }</c>) or as CSV for Excel.</summary>
internal static class RowWriter
{
    /// <summary>Cells wider than this many terminal columns are cut in tables (JSON and CSV keep them whole).</summary>
    private const int MaxTableCell = 60;

    // SDG ids and tags as the plan format writes them: the model itself knows no JSON.
    private static readonly JsonSerializerOptions Json = SdgMap.Serialization.PlanJson.AddConverters(new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = SdgMap.Serialization.PlanJson.TextEncoder,
        WriteIndented = true,
        NewLine = "\n",
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    });

    public static void Write<T>(IReadOnlyList<T> rows, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.Write(JsonSerializer.Serialize(new RowsDocument<T>(rows), Json));
                output.Write('\n');
                break;
            case OutputFormat.Csv:
                WriteCsv(rows, output);
                break;
            default:
                WriteTable(rows, output);
                break;
        }
    }

    private static void WriteTable<T>(IReadOnlyList<T> rows, TextWriter output)
    {
        var columns = new Columns<T>();
        var table = rows.Select(r => columns.Cells(r).Select(Shorten).ToArray()).Prepend([.. columns.Names]).ToList();
        var widths = Enumerable.Range(0, columns.Names.Count).Select(c => table.Max(r => DisplayWidth.Of(r[c]))).ToArray();
        foreach (var (row, n) in table.Select((r, n) => (r, n)))
        {
            var line = new StringBuilder();
            for (var c = 0; c < row.Length; c++)
            {
                line.Append(row[c]);
                if (c < row.Length - 1)
                {
                    line.Append(' ', widths[c] - DisplayWidth.Of(row[c]) + 2);
                }
            }

            output.Write(line.ToString().TrimEnd());
            output.Write('\n');
            if (n == 0)
            {
                output.Write(string.Join("  ", widths.Select(w => new string('-', w))));
                output.Write('\n');
            }
        }
    }

    private static string Shorten(string cell)
    {
        cell = TerminalText.Safe(cell.ReplaceLineEndings(" "));
        if (DisplayWidth.Of(cell) <= MaxTableCell)
        {
            return cell;
        }

        var cut = new StringBuilder();
        var width = 0;
        foreach (var rune in cell.EnumerateRunes())
        {
            width += DisplayWidth.Of(rune.ToString());
            if (width > MaxTableCell - 1)
            {
                break;
            }

            cut.Append(rune.ToString());
        }

        return cut.Append('…').ToString();
    }

    private static void WriteCsv<T>(IReadOnlyList<T> rows, TextWriter output)
    {
        // A BOM makes Excel in Japanese read the file as UTF-8 rather than Shift_JIS.
        output.Write('\uFEFF');
        var columns = new Columns<T>();
        WriteCsvRecord(columns.Names, output);
        foreach (var row in rows)
        {
            WriteCsvRecord(columns.Cells(row), output);
        }
    }

    private static void WriteCsvRecord(IEnumerable<string> cells, TextWriter output)
    {
        output.Write(string.Join(',', cells.Select(CsvCell)));
        output.Write("\r\n");
    }

    /// <summary>RFC 4180 quoting, and a leading apostrophe for text a spreadsheet would run as a formula.</summary>
    internal static string CsvCell(string cell) => SdgMap.Serialization.PlanCsv.Field(cell);

    private sealed record RowsDocument<T>(IReadOnlyList<T> Rows);
}
