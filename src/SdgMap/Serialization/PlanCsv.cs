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
/// not hold (target states, sections, references, variants, notes) is not written.
/// </remarks>
public static class PlanCsv
{
    /// <summary>Japanese headers planning offices use, read as the column they name.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["ID"] = "id", ["コード"] = "code", ["番号"] = "code", ["階層"] = "level", ["区分"] = "level",
        ["名称"] = "title", ["施策名"] = "title", ["事業名"] = "title", ["タイトル"] = "title",
        ["親コード"] = "parent", ["上位コード"] = "parent", ["親"] = "parent",
        ["SDGs"] = "sdg", ["関連するSDGs"] = "sdg", ["タグ"] = "tags", ["重点"] = "priority",
        ["説明"] = "description", ["内容"] = "description", ["概要"] = "description",
        ["指標"] = "kpi", ["成果指標"] = "kpi", ["KPI"] = "kpi", ["単位"] = "unit",
        ["基準値"] = "baseline", ["現状値"] = "baseline", ["基準年度"] = "baselineYear",
        ["目標値"] = "target", ["目標年度"] = "targetYear",
    };

    private static readonly System.Buffers.SearchValues<char> NumberCharacters = System.Buffers.SearchValues.Create("0123456789+-.eE");

    /// <summary>The columns, in the order <see cref="Write"/> writes them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "code", "level", "title", "parent", "sdg", "tags", "priority", "description", "kpi", "unit", "baseline", "baselineYear", "target", "targetYear"];

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
    public static Plan Parse(string text, PlanHeader header, string? path = null, PlanLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(header);
        limits ??= PlanLimits.Default;
        string[]? headerCells = null;
        Dictionary<string, int>? columns = null;
        var rows = new List<Row>();
        try
        {
            // Records are read one at a time and every limit applies as they come: a table of
            // line breaks or commas within MaxFileBytes never becomes millions of records in memory.
            foreach (var record in Csv.Records(text, r => r == 1 ? limits.MaxColumns : headerCells!.Length, limits.MaxStringBytes))
            {
                if (headerCells is null)
                {
                    if (record.FieldCount > limits.MaxColumns)
                    {
                        throw new PlanInputException(Localized.Format(Messages.TableTooManyColumns, record.FieldCount, limits.MaxColumns), path, record.Line) { Row = 1 };
                    }

                    headerCells = record.Fields;
                    columns = ReadHeader(headerCells, path);
                    continue;
                }

                var r = record.Number;
                if (record.Fields.All(string.IsNullOrWhiteSpace) && record.FieldCount <= headerCells.Length)
                {
                    continue;
                }

                if (record.FieldCount > headerCells.Length)
                {
                    throw new PlanInputException(Localized.Format(Messages.TableRaggedRow, r, record.FieldCount, headerCells.Length), path, record.Line) { Row = r };
                }

                if (rows.Count == limits.MaxElements)
                {
                    throw new PlanInputException(Localized.Format(Messages.TableTooManyRows, limits.MaxElements), path, record.Line) { Row = r };
                }

                CheckCellLengths(record.Fields, r, record.Line, limits, path);
                rows.Add(new Row(r, record.Line, record.Fields, columns!));
            }
        }
        catch (CsvFieldTooLongException e)
        {
            throw new PlanInputException(Localized.Format(Messages.TableFieldTooLong, e.Record, limits.MaxStringBytes), path, e.Line, innerException: e) { Row = e.Record };
        }
        catch (CsvFormatException e)
        {
            throw new PlanInputException(Localized.Format(Messages.TableRowProblem, e.Record, e.Problem), path, e.Line, innerException: e) { Row = e.Record };
        }

        if (headerCells is null)
        {
            throw new PlanInputException(Localized.Format(Messages.TableEmpty, string.Join(", ", Columns)), path);
        }

        return Build(rows, header, path);
    }

    /// <summary>Refuses a cell longer than <see cref="PlanLimits.MaxStringBytes"/> UTF-8 bytes.</summary>
    private static void CheckCellLengths(string[] cells, int row, int line, PlanLimits limits, string? path)
    {
        foreach (var cell in cells)
        {
            // A UTF-16 unit is at most three UTF-8 bytes, so most cells need no count.
            if ((long)cell.Length * 3 > limits.MaxStringBytes && Encoding.UTF8.GetByteCount(cell) is var bytes && bytes > limits.MaxStringBytes)
            {
                throw new PlanInputException(Localized.Format(Messages.TableCellTooLong, row, bytes, limits.MaxStringBytes), path, line) { Row = row };
            }
        }
    }

    /// <summary>Writes the plan as a table (UTF-8 with BOM, CRLF).</summary>
    public static void Write(Plan plan, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        output.Write('\uFEFF');
        WriteRecord(output, Columns);
        foreach (var element in plan.Elements)
        {
            var kpis = element.Kpis.Count == 0 ? [null] : element.Kpis.Cast<Kpi?>().ToList();
            for (var k = 0; k < kpis.Count; k++)
            {
                var first = k == 0;
                WriteRecord(output,
                [
                    element.Id,
                    first ? element.Code ?? string.Empty : string.Empty,
                    first ? element.Level : string.Empty,
                    first ? element.Title ?? string.Empty : string.Empty,
                    first ? element.Parent ?? string.Empty : string.Empty,
                    first ? string.Join(';', element.Sdg) : string.Empty,
                    first ? string.Join(';', element.Tags) : string.Empty,
                    first && element.Priority ? "true" : string.Empty,
                    first ? element.Description ?? string.Empty : string.Empty,
                    kpis[k]?.Name ?? string.Empty,
                    kpis[k]?.Unit ?? string.Empty,
                    kpis[k]?.Baseline?.Value ?? string.Empty,
                    kpis[k]?.Baseline?.FiscalYear?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                    kpis[k]?.Target?.Value ?? string.Empty,
                    kpis[k]?.Target?.FiscalYear?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                ]);
            }
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
    public static string Field(string cell)
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

    private static Dictionary<string, int> ReadHeader(string[] header, string? path)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < header.Length; c++)
        {
            var name = Nfkc.Normalize(header[c]).Trim();
            if (name.Length == 0)
            {
                continue;
            }

            name = Aliases.GetValueOrDefault(name, name);

            if (!Columns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new PlanInputException(Localized.Format(Messages.TableUnknownColumn, name, string.Join(", ", Columns), string.Join(", ", Aliases.Keys)), path, 1) { Row = 1 };
            }

            if (!columns.TryAdd(name, c))
            {
                throw new PlanInputException(Localized.Format(Messages.TableColumnTwice, name), path, 1) { Row = 1 };
            }
        }

        foreach (var required in (string[])["level", "title"])
        {
            if (!columns.ContainsKey(required))
            {
                throw new PlanInputException(Localized.Format(Messages.TableMissingColumn, required), path, 1) { Row = 1 };
            }
        }

        return columns;
    }

    private static Plan Build(List<Row> rows, PlanHeader header, string? path)
    {
        var elements = new List<PlanElement>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var idsAreCodes = rows.All(r => r["id"].Length == 0);
        var levelOrder = new List<string>();
        foreach (var row in rows)
        {
            // A code that normalises to nothing (a control character, punctuation only) gives no id: the row number stands in,
            // since a plan file may not hold an empty id (the fuzzer found this once cells were no longer trimmed).
            var id = row["id"] is { Length: > 0 } given ? given : ElementCode.Normalize(row["code"]) is { Length: > 0 } code ? code : $"row-{row.Number}";
            var kpi = row.Kpi(id, byId.TryGetValue(id, out var at) ? elements[at].Kpis.Count + 1 : 1, path);
            if (row["level"].Length == 0 && row["title"].Length == 0 && byId.TryGetValue(id, out var owner))
            {
                if (kpi is null)
                {
                    throw new PlanInputException(Localized.Format(Messages.TableRepeatWithoutKpi, row.Number, id), path, row.Line) { Row = row.Number, ElementId = id };
                }

                elements[owner] = elements[owner] with { Kpis = [.. elements[owner].Kpis, kpi] };
                continue;
            }

            if (row["level"].Length == 0)
            {
                throw new PlanInputException(Localized.Format(Messages.TableRowWithoutLevel, row.Number, id), path, row.Line) { Row = row.Number, ElementId = id };
            }

            if (!levelOrder.Contains(row["level"]))
            {
                levelOrder.Add(row["level"]);
            }

            byId.TryAdd(id, elements.Count);
            elements.Add(new PlanElement
            {
                Id = id,
                Code = NullIfEmpty(row["code"]),
                Level = row["level"],
                Title = NullIfEmpty(row["title"]),
                Parent = NullIfEmpty(idsAreCodes && row["parent"].Length > 0 ? ElementCode.Normalize(row["parent"]) : row["parent"]),
                Sdg = [.. Split(row["sdg"]).Select(s => SdgId.TryParse(s, out var sdg, out var error) ? sdg : throw new PlanInputException(Localized.Format(Messages.TableBadSdg, row.Number, error), path, row.Line) { Row = row.Number, ElementId = id })],
                Tags = [.. Split(row["tags"]).Select(t => Tag.TryParse(t, out var tag) ? tag : throw new PlanInputException(Localized.Format(Messages.TableBadTag, row.Number, t), path, row.Line) { Row = row.Number, ElementId = id })],
                Priority = row.Trimmed("priority").ToUpperInvariant() is "TRUE" or "1" or "重点" or "○" or "◎",
                Description = NullIfEmpty(row["description"]),
                Kpis = kpi is null ? [] : [kpi],
            });
        }

        return new Plan
        {
            Id = header.Id,
            Municipality = header.Municipality,
            Title = header.Title,
            Levels = [.. OrderLevels(elements, levelOrder).Select(l => new PlanLevel { Name = l })],
            Elements = elements,
        };
    }

    /// <summary>Levels ordered by how deep their elements stand (following parents), ties by first appearance.</summary>
    private static IEnumerable<string> OrderLevels(List<PlanElement> elements, List<string> firstSeen)
    {
        var byId = elements.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        int Depth(PlanElement e)
        {
            var depth = 1;
            for (var p = e.Parent; p is not null && byId.TryGetValue(p, out var parent) && depth <= elements.Count; p = parent.Parent)
            {
                depth++;
            }

            return depth;
        }

        var depths = elements.GroupBy(e => e.Level).ToDictionary(g => g.Key, g => g.Min(Depth));
        return firstSeen.OrderBy(l => depths[l]).ThenBy(firstSeen.IndexOf);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string[] Split(string cell) =>
        cell.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private sealed class Row(int number, int line, string[] cells, Dictionary<string, int> columns)
    {
        public int Number => number;

        public int Line => line;

        /// <summary>
        /// The cell of a column as written, without the one apostrophe a spreadsheet-safe export put
        /// before a formula character (see <see cref="Field"/>). Cells are not trimmed: leading and
        /// trailing spaces and line breaks are the text's own, and export → import gives them back.
        /// </summary>
        public string this[string column]
        {
            get
            {
                if (!columns.TryGetValue(column, out var c) || c >= cells.Length)
                {
                    return string.Empty;
                }

                return Unprotect(cells[c]);
            }
        }

        /// <summary>A cell that holds a keyword or number (priority, a year): spaces around it mean nothing.</summary>
        public string Trimmed(string column) => this[column].Trim();

        public Kpi? Kpi(string elementId, int n, string? path)
        {
            if (this["kpi"].Length == 0)
            {
                return null;
            }

            return new Kpi
            {
                Id = $"{elementId}/k{n}",
                Name = this["kpi"],
                Unit = NullIfEmpty(this["unit"]),
                Baseline = Measurement("baseline", path),
                Target = Measurement("target", path),
            };
        }

        private KpiMeasurement? Measurement(string column, string? path)
        {
            var value = this[column];
            var year = Trimmed(column + "Year");
            if (value.Length == 0 && year.Length == 0)
            {
                return null;
            }

            int? fiscalYear = null;
            if (year.Length > 0)
            {
                fiscalYear = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= PlanJson.MinYear and <= PlanJson.MaxYear
                    ? y
                    : throw new PlanInputException(Localized.Format(Messages.TableBadYear, Number, column, year, PlanJson.MinYear, PlanJson.MaxYear), path, Line) { Row = Number };
            }

            return new KpiMeasurement { Value = NullIfEmpty(value), FiscalYear = fiscalYear };
        }
    }
}
