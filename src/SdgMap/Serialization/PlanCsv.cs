using System.Globalization;
using System.Text;
using SdgMap.Catalog;
using SdgMap.Model;
using SdgMap.Resources;
using SdgMap.Text;

namespace SdgMap.Serialization;

/// <summary>
/// Reads and writes the flat table planning offices keep: one row per element, with columns
/// <c>id, code, level, title, parent, sdg, tags, priority, description, kpi, unit, baseline,
/// baselineYear, target, targetYear</c>. A row that repeats an element's id with empty level and
/// title adds another KPI to it. Lists (<c>sdg</c>, <c>tags</c>) are separated by <c>;</c>.
/// </summary>
/// <remarks>
/// Reading accepts UTF-8 (with or without BOM) and Shift_JIS (CP932), RFC 4180 quoting with
/// line breaks inside quotes, columns in any order (<c>id</c> may be left out: the normalised
/// code, or the row number, stands in), and a leading apostrophe that a spreadsheet-safe export
/// put before <c>= + - @</c>. Writing produces UTF-8 with BOM and CRLF, what Excel in Japanese
/// opens as it is, and neutralises cells a spreadsheet would run as formulas. What the table does
/// not hold (target states, references, variants, notes, sections other than those read from the
/// table's own extra columns) is not written. How rows become a plan, and a plan rows, is
/// <see cref="PlanTable"/>'s, shared with workbooks: a title above the header, extra columns and
/// the office's own headers and 重点 marks are read and written back the same way.
/// </remarks>
public static class PlanCsv
{
    private static readonly System.Buffers.SearchValues<char> NumberCharacters = System.Buffers.SearchValues.Create("0123456789+-.eE");

    /// <summary>The columns, in the order <see cref="Write"/> writes them; <c>suggested</c> only for a plan that has suggestions.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "code", "level", "title", "parent", "sdg", "tags", "priority", "description", "kpi", "unit", "baseline", "baselineYear", "target", "targetYear", "suggested"];

    /// <summary>Describes the plan a table belongs to: what the table itself does not say.</summary>
    public sealed record PlanHeader
    {
        /// <summary>The plan's id (a slug starting with the municipality's romanised name).</summary>
        public required string Id { get; init; }

        /// <summary>The municipality.</summary>
        public required Municipality Municipality { get; init; }

        /// <summary>The document's title.</summary>
        public required string Title { get; init; }
    }

    /// <summary>Reads a table file as a plan.</summary>
    /// <param name="path">The file.</param>
    /// <param name="header">What the table does not say about its plan.</param>
    /// <param name="limits">The size limits; <see cref="PlanLimits.Default"/> when null.</param>
    /// <param name="encoding">The encoding the file is declared to be in; when null it is detected (see <see cref="Decode(ReadOnlySpan{byte})"/>).</param>
    /// <exception cref="PlanInputException">The file cannot be read, goes past a limit, does not decode in the declared encoding, or a row is malformed; the message names the file, the row, its line and the column.</exception>
    public static Plan Load(string path, PlanHeader header, PlanLimits? limits = null, Encoding? encoding = null)
    {
        limits ??= PlanLimits.Default;
        var bytes = InputFile.ReadAllBytes(path, Messages.WhatFile, limits.MaxFileBytes);
        return Parse(Decode(bytes, encoding, path), header, path, limits);
    }

    /// <summary>
    /// Decodes a table's bytes: UTF-16 when a byte order mark says so, UTF-8 when they are valid
    /// UTF-8 (BOM or not), Shift_JIS (CP932) otherwise.
    /// </summary>
    /// <remarks>Shift_JIS is the guess of last resort: bytes that are neither decode to replacement characters rather than fail.</remarks>
    /// <exception cref="PlanInputException">The bytes look like UTF-16 or UTF-32 without a byte order mark.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, null, null);

    /// <summary>Decodes a table's bytes in <paramref name="encoding"/>, or as <see cref="Decode(ReadOnlySpan{byte})"/> detects when it is null.</summary>
    /// <param name="bytes">The file's bytes; a byte order mark of the declared encoding is skipped.</param>
    /// <param name="encoding">The declared encoding, e.g. <c>Encoding.GetEncoding("shift_jis")</c> after registering <c>CodePagesEncodingProvider</c>.</param>
    /// <param name="path">The file's name for messages.</param>
    /// <exception cref="PlanInputException">The bytes are not valid in the declared encoding (the message names the byte offset), or, undeclared, look like UTF-16 or UTF-32 without a byte order mark.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, Encoding? encoding, string? path = null)
    {
        if (encoding is not null)
        {
            var preamble = encoding.Preamble;
            if (!preamble.IsEmpty && bytes.StartsWith(preamble))
            {
                bytes = bytes[preamble.Length..];
            }

            var strict = (Encoding)encoding.Clone();
            strict.DecoderFallback = DecoderFallback.ExceptionFallback;
            try
            {
                return strict.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                throw new PlanInputException(Localized.Format(Messages.TableNotValidEncoding, encoding.WebName, e.Index), path, innerException: e);
            }
        }

        // Without a BOM, UTF-16 and UTF-32 are valid UTF-8 full of NULs, which read as one garbled header.
        if (bytes is not ([0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0xEF, 0xBB, 0xBF, ..]) && PlanJson.WideEncoding(bytes) is { } wide)
        {
            throw new PlanInputException(Localized.Format(Messages.WideTable, wide), path, 1);
        }

        switch (bytes)
        {
            case [0xEF, 0xBB, 0xBF, ..]:
                bytes = bytes[3..];
                break;
            case [0xFF, 0xFE, ..]:
                return Encoding.Unicode.GetString(bytes[2..]);
            case [0xFE, 0xFF, ..]:
                return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(932).GetString(bytes);
        }
    }

    /// <summary>Reads table text as a plan.</summary>
    /// <param name="text">The table.</param>
    /// <param name="header">What the table does not say about its plan.</param>
    /// <param name="path">The file's name for messages.</param>
    /// <param name="limits">The size limits (<see cref="PlanLimits.MaxElements"/> rows, <see cref="PlanLimits.MaxColumns"/> columns, <see cref="PlanLimits.MaxStringBytes"/> a cell), applied while the table is read; <see cref="PlanLimits.Default"/> when null.</param>
    /// <exception cref="PlanInputException">A row is malformed or goes past a limit; the exception names the row (<see cref="PlanInputException.Row"/>), the line it starts on and, where known, the element.</exception>
    public static Plan Parse(string text, PlanHeader header, string? path = null, PlanLimits? limits = null) =>
        Parse(text, header, path, limits, out _, out _);

    /// <summary>As <see cref="Parse(string, PlanHeader, string?, PlanLimits?)"/>, also giving each element's row number and the line that row starts on.</summary>
    internal static Plan Parse(string text, PlanHeader header, string? path, PlanLimits? limits, out int[] elementRows, out int[] elementLines)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(header);
        limits ??= PlanLimits.Default;
        return PlanTable.Read(Rows(text, path, limits), new TableSource { Path = path }, header, limits, out elementRows, out elementLines);
    }

    /// <summary>
    /// The records of table text as rows, one at a time, so that every limit applies as they come:
    /// a table of line breaks or commas within MaxFileBytes never becomes millions of records in memory.
    /// A record keeps at most <see cref="PlanLimits.MaxColumns"/> cells and counts the rest.
    /// </summary>
    private static IEnumerable<TableRow> Rows(string text, string? path, PlanLimits limits)
    {
        using var records = Csv.Records(text, _ => limits.MaxColumns, limits.MaxStringBytes).GetEnumerator();
        while (true)
        {
            try
            {
                if (!records.MoveNext())
                {
                    yield break;
                }
            }
            catch (CsvFieldTooLongException e)
            {
                throw new PlanInputException(Localized.Format(Messages.TableFieldTooLong, e.Record.ToString(CultureInfo.InvariantCulture), limits.MaxStringBytes), path, e.Line, innerException: e) { Row = e.Record };
            }
            catch (CsvFormatException e)
            {
                throw new PlanInputException(Localized.FormatInvariant(Messages.TableRowProblem, e.Record, e.Problem), path, e.Line, innerException: e) { Row = e.Record };
            }

            var record = records.Current;
            yield return new TableRow
            {
                Number = record.Number,
                Line = record.Line,
                Cells = record.Fields,
                CellCount = record.FieldCount > record.Fields.Length ? record.FieldCount : null,
            };
        }
    }

    /// <summary>Writes the plan as a table (UTF-8 with BOM, CRLF).</summary>
    public static void Write(Plan plan, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        output.Write('\uFEFF');
        var table = PlanTable.ToRows(plan);
        foreach (var line in table.Above)
        {
            WriteRecord(output, [line]);
        }

        for (var r = table.Above.Count + 1; r < table.HeaderRow; r++)
        {
            output.Write("\r\n");
        }

        WriteRecord(output, table.Columns.Select(c => c.Header));
        foreach (var row in table.Rows)
        {
            WriteRecord(output, row);
        }
    }

    /// <summary>
    /// A cell as a spreadsheet-safe CSV field: text a spreadsheet would run as a formula (starting
    /// with <c>= + - @</c>, their full-width forms, TAB or CR) gets a leading apostrophe, and so does
    /// text that already starts with apostrophes before such a character, so that reading (which
    /// drops one apostrophe there) gives back exactly the text written. Plain numbers such as
    /// <c>-5</c> or <c>+1.5e3</c> are left as they are; <c>+NaN</c> and <c>-Infinity</c> are not numbers
    /// here. RFC 4180 quoting where needed.
    /// </summary>
    internal static string Field(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (NeedsApostrophe(cell))
        {
            cell = "'" + cell;
        }

        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }

    /// <summary>Whether a character at the start of a cell makes a spreadsheet read it as a formula.</summary>
    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠';

    private static bool NeedsApostrophe(string cell)
    {
        var rest = cell.AsSpan().TrimStart('\'');
        if (rest.IsEmpty || !IsFormulaStart(rest[0]))
        {
            return false;
        }

        // Text starting with apostrophes before a formula character: one more keeps them all.
        return rest.Length < cell.Length || !IsPlainNumber(cell);
    }

    /// <summary>A decimal number in ASCII digits (<c>-5</c>, <c>+1.5e3</c>): what a spreadsheet reads as a number, never a formula.</summary>
    private static bool IsPlainNumber(string cell) =>
        cell.AsSpan().IndexOfAnyExcept(NumberCharacters) < 0
        && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value);

    /// <summary>A field as read back: without the one apostrophe <see cref="Field"/> put before formula characters.</summary>
    internal static string Unprotect(string cell)
    {
        var rest = cell.AsSpan().TrimStart('\'');
        return rest.Length < cell.Length && !rest.IsEmpty && IsFormulaStart(rest[0]) ? cell[1..] : cell;
    }

    private static void WriteRecord(TextWriter output, IEnumerable<string> cells)
    {
        output.Write(string.Join(',', cells.Select(Field)));
        output.Write("\r\n");
    }
}
