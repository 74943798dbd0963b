using System.Text;

namespace SdgMap.Benchmarks.Peers;

/// <summary>
/// The CSV every peer table and answer file is written in: UTF-8 without BOM (the peers read
/// it as plain UTF-8), a header row, <c>\n</c> line ends and RFC 4180 quoting.
/// </summary>
public static class Csv
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>One field, quoted only when it holds a comma, a quote or a line break (quotes doubled).</summary>
    public static string Field(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;

    /// <summary>One row of fields joined by commas.</summary>
    public static string Row(params string?[] fields) => string.Join(',', fields.Select(Field));

    /// <summary>Writes <paramref name="header"/> and then <paramref name="rows"/>, one per line.</summary>
    public static void Write(string path, string header, IEnumerable<string> rows)
    {
        using var writer = Open(path, header);
        foreach (var row in rows)
        {
            writer.WriteLine(row);
        }
    }

    /// <summary>Creates <paramref name="path"/> with <paramref name="header"/> written, for rows written one at a time with <c>WriteLine</c>.</summary>
    public static StreamWriter Open(string path, string header)
    {
        var writer = new StreamWriter(path, append: false, Utf8) { NewLine = "\n" };
        writer.WriteLine(header);
        return writer;
    }

    /// <summary>
    /// Writes an answer file the way every peer writes it, so that equal answers are equal bytes:
    /// the header, then the rows sorted by ordinal (byte) order of the whole line.
    /// </summary>
    public static void WriteSorted(string path, string header, IEnumerable<string> rows) =>
        Write(path, header, rows.Order(StringComparer.Ordinal));
}
