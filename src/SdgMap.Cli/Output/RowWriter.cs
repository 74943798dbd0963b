using System.Buffers;
using System.Text;
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
    internal static readonly JsonSerializerOptions Json = SdgMap.Serialization.PlanJson.AddConverters(new(RowJsonContext.Default.Options)
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
                WriteJson(rows, output);
                break;
            case OutputFormat.Csv:
                WriteCsv(rows, columns, output);
                break;
            default:
                TextTable.Write([.. columns.Select(c => c.Name)], rows, (row, column, lines) => columns[column].AddTableLines(row, lines), context.Width, output);
                break;
        }
    }

    /// <summary>
    /// The bytes <see cref="JsonSerializer"/> writes for the whole <see cref="RowsDocument{T}"/>,
    /// handed to <paramref name="output"/> a block at a time instead of as one string: gaps over
    /// a national corpus are some 200 MB of JSON.
    /// </summary>
    internal static void WriteJson<T>(IReadOnlyList<T> rows, TextWriter output)
    {
        var document = Json.GetTypeInfo(typeof(RowsDocument<T>));
        var row = (JsonTypeInfo<T>)Json.GetTypeInfo(typeof(T));
        var buffer = new ArrayBufferWriter<byte>(Block * 2);
        var chars = new char[Encoding.UTF8.GetMaxCharCount(Block * 2)];
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Encoder = Json.Encoder,
            Indented = Json.WriteIndented,
            IndentCharacter = Json.IndentCharacter,
            IndentSize = Json.IndentSize,
            NewLine = Json.NewLine,
            MaxDepth = Json.MaxDepth,
        }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName(document.Properties.Single().Name);
            writer.WriteStartArray();
            foreach (var item in rows)
            {
                JsonSerializer.Serialize(writer, item, row);
                if (writer.BytesPending + buffer.WrittenCount >= Block)
                {
                    // A flush ends at a token, so no character is cut in two.
                    writer.Flush();
                    Drain(buffer, ref chars, output);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        Drain(buffer, ref chars, output);
        output.Write('\n');
    }

    private const int Block = 1 << 16;

    private static void Drain(ArrayBufferWriter<byte> buffer, ref char[] chars, TextWriter output)
    {
        var needed = Encoding.UTF8.GetMaxCharCount(buffer.WrittenCount);
        if (needed > chars.Length)
        {
            chars = new char[needed];
        }

        var count = Encoding.UTF8.GetChars(buffer.WrittenSpan, chars);
        output.Write(chars, 0, count);
        buffer.ResetWrittenCount();
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
