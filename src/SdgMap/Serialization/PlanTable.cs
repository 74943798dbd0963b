using System.Globalization;
using System.Text;
using SdgMap.Catalog;
using SdgMap.Model;
using SdgMap.Resources;
using SdgMap.Text;

namespace SdgMap.Serialization;

/// <summary>
/// The flat table of a plan, whatever file it is in: rows of cells (from CSV or a workbook sheet)
/// to a plan, and a plan to rows. <see cref="PlanCsv"/> and the workbook reader of SdgMap.Excel
/// both go through here, so a table means the same in either file.
/// </summary>
/// <remarks>
/// Reading is done as a person reads an office's sheet: a title and blank rows above the header
/// are passed over (the header is the first row naming a level and a title column), blank rows
/// between elements are spacers, headers may be English or Japanese (<c>施策名</c>, <c>重点</c>)
/// and full-width, numbers and years may be written in full-width digits, and 重点 may be marked
/// ○, ◎, ✓, 1 or true. A column SdgMap does not know (備考, 担当課, 予算額) is kept: each
/// element's cell becomes a section labelled with the header. How the table was laid out
/// (headers as written, their order, the 重点 marks, the lines above the header) is kept in
/// <see cref="PlanSource.Table"/>, and <see cref="ToRows"/> writes it back that way.
/// </remarks>
public static class PlanTable
{
    /// <summary>How many rows above the header are searched for it: a title, a date, a note and blank lines.</summary>
    public const int HeaderSearchRows = 30;

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

    /// <summary>The marks read as 重点 (after NFKC, ignoring case): true, 1, 重点, ○ ◯ 〇 ◎ ●, ✓ ✔, yes, y.</summary>
    public static IReadOnlyList<string> PriorityMarks { get; } = ["TRUE", "1", "重点", "○", "◯", "〇", "◎", "●", "✓", "✔", "YES", "Y"];

    /// <summary>Whether a cell of the priority column marks the element as 重点.</summary>
    internal static bool IsPriorityMark(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return PriorityMarks.Contains(Nfkc.Normalize(cell).Trim().ToUpperInvariant());
    }

    /// <summary>Reads rows of cells as a plan.</summary>
    /// <param name="rows">The rows top down, read lazily: every limit applies as they come.</param>
    /// <param name="source">Where the rows come from, for messages.</param>
    /// <param name="header">What the table does not say about its plan.</param>
    /// <param name="limits">The limits (<see cref="PlanLimits.MaxElements"/> rows, <see cref="PlanLimits.MaxColumns"/> columns, <see cref="PlanLimits.MaxStringBytes"/> a cell); <see cref="PlanLimits.Default"/> when null.</param>
    /// <exception cref="PlanInputException">The table has no header, a row is malformed or goes past a limit; the message names the row (the cell on a sheet) and, where known, the element.</exception>
    public static Plan Read(IEnumerable<TableRow> rows, TableSource source, PlanCsv.PlanHeader header, PlanLimits? limits = null) =>
        Read(rows, source, header, limits, out _, out _);

    /// <summary>As <see cref="Read(IEnumerable{TableRow}, TableSource, PlanCsv.PlanHeader, PlanLimits?)"/>, also giving the row that defines each element and the line that row starts on (empty for a sheet, whose rows have no lines).</summary>
    internal static Plan Read(IEnumerable<TableRow> rows, TableSource source, PlanCsv.PlanHeader header, PlanLimits? limits, out int[] elementRows, out int[] elementLines)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(header);
        limits ??= PlanLimits.Default;
        Header? head = null;
        TableRow? firstRow = null;
        var above = new List<string>();
        var read = new List<Row>();
        foreach (var row in rows)
        {
            var width = row.CellCount ?? row.Cells.Count;
            if (head is null)
            {
                if (width > limits.MaxColumns)
                {
                    throw firstRow is null
                        ? source.AtRow(row, Localized.Format(Messages.TableTooManyColumns, width, limits.MaxColumns))
                        : source.AtRow(row, Localized.Format(Messages.TableRowTooWide, RowNumber(row), width, limits.MaxColumns));
                }

                if (IsBlank(row))
                {
                    continue;
                }

                firstRow ??= row;
                if (LooksLikeHeader(row))
                {
                    head = Header.Read(row, source);
                    continue;
                }

                if (above.Count == HeaderSearchRows)
                {
                    // Not an office's title lines: report what the first row lacks as a header.
                    Header.Read(firstRow.Value, source);
                }

                above.Add(string.Join(' ', row.Cells.Select(c => c.Trim()).Where(c => c.Length > 0)));
                continue;
            }

            if (IsBlank(row) && width <= row.Cells.Count)
            {
                continue;
            }

            head.CheckWidth(row, width, source);
            if (read.Count == limits.MaxElements)
            {
                throw source.AtRow(row, Localized.Format(Messages.TableTooManyRows, limits.MaxElements));
            }

            CheckCellLengths(row, limits, source);
            read.Add(new Row(row, head, source));
        }

        if (head is null)
        {
            if (firstRow is { } first)
            {
                Header.Read(first, source);
            }

            throw source.Whole(Localized.Format(Messages.TableEmpty, string.Join(", ", PlanCsv.Columns)));
        }

        var plan = Build(read, head, above, header, source, out var defining);
        elementRows = [.. defining.Select(r => r.Number)];
        elementLines = source.Sheet is null ? [.. defining.Select(r => r.Line ?? r.Number)] : [];
        return plan;
    }

    /// <summary>A row's number as messages that start with it write it: invariantly, as <see cref="PlanInputException"/> writes "row N", so it sees the row named already.</summary>
    private static string RowNumber(TableRow row) => row.Number.ToString(CultureInfo.InvariantCulture);

    private static bool IsBlank(TableRow row)
    {
        for (var c = 0; c < row.Cells.Count; c++)
        {
            if (!string.IsNullOrWhiteSpace(row.Cells[c]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool LooksLikeHeader(TableRow row)
    {
        var names = row.Cells.Select(CanonicalName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return names.Contains("level") && names.Contains("title");
    }

    /// <summary>The table column a header names (<c>施策名</c> → <c>title</c>), or the header itself, NFKC-normalised and trimmed.</summary>
    private static string CanonicalName(string header)
    {
        var name = Nfkc.Normalize(header).Trim();
        name = Aliases.GetValueOrDefault(name, name);
        return PlanCsv.Columns.FirstOrDefault(c => c.Equals(name, StringComparison.OrdinalIgnoreCase)) ?? name;
    }

    /// <summary>Refuses a cell longer than <see cref="PlanLimits.MaxStringBytes"/> UTF-8 bytes.</summary>
    private static void CheckCellLengths(TableRow row, PlanLimits limits, TableSource source)
    {
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var cell = row.Cells[c];

            // A UTF-16 unit is at most three UTF-8 bytes, so most cells need no count.
            if ((long)cell.Length * 3 > limits.MaxStringBytes && Encoding.UTF8.GetByteCount(cell) is var bytes && bytes > limits.MaxStringBytes)
            {
                throw source.Sheet is null
                    ? source.AtRow(row, Localized.Format(Messages.TableCellTooLong, RowNumber(row), bytes, limits.MaxStringBytes))
                    : source.AtCell(row, c, TableSource.ColumnLetters(c), Localized.Format(Messages.TableSheetCellTooLong, bytes, limits.MaxStringBytes));
            }
        }
    }

    private static Plan Build(List<Row> rows, Header head, List<string> above, PlanCsv.PlanHeader header, TableSource source, out List<TableRow> defining)
    {
        defining = [];
        var elements = new List<PlanElement>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var idsAreCodes = rows.All(r => r["id"].Length == 0);
        var levelOrder = new List<string>();
        var marks = new List<(string Element, string Mark, bool Priority)>();
        foreach (var row in rows)
        {
            // A code that normalises to nothing (a control character, punctuation only) gives no id: the row number stands in,
            // since a plan file may not hold an empty id (the fuzzer found this once cells were no longer trimmed).
            var id = row["id"] is { Length: > 0 } given ? given : ElementCode.Normalize(row["code"]) is { Length: > 0 } code ? code : $"row-{row.Number}";
            var kpi = row.Kpi(id, byId.TryGetValue(id, out var at) ? elements[at].Kpis.Count + 1 : 1);
            var sections = row.Sections();
            if (row["level"].Length == 0 && row["title"].Length == 0 && byId.TryGetValue(id, out var owner))
            {
                if (kpi is null && sections.Count == 0)
                {
                    throw row.Wrong(Localized.Format(Messages.TableRepeatWithoutKpi, RowNumber(row.Table), id), id);
                }

                elements[owner] = elements[owner] with
                {
                    Kpis = kpi is null ? elements[owner].Kpis : [.. elements[owner].Kpis, kpi],
                    Sections = [.. elements[owner].Sections, .. sections],
                };
                continue;
            }

            if (row["level"].Length == 0)
            {
                throw row.Wrong(Localized.Format(Messages.TableRowWithoutLevel, RowNumber(row.Table), id), id);
            }

            if (!levelOrder.Contains(row["level"]))
            {
                levelOrder.Add(row["level"]);
            }

            var mark = row["priority"].Trim();
            var priority = IsPriorityMark(mark);
            marks.Add((id, mark, priority));
            byId.TryAdd(id, elements.Count);
            defining.Add(row.Table);
            elements.Add(new PlanElement
            {
                Id = id,
                Code = NullIfEmpty(row["code"]),
                Level = row["level"],
                Title = NullIfEmpty(row["title"]),
                Parent = NullIfEmpty(idsAreCodes && row["parent"].Length > 0 ? ElementCode.Normalize(row["parent"]) : row["parent"]),
                Sdg = [.. Split(row["sdg"]).Select(s => SdgId.TryParse(s, out var sdg, out var error) ? sdg : throw row.WrongCell("sdg", error ?? Localized.Format(Messages.TableNotSdg, s), id))],
                Tags = [.. Split(row["tags"]).Select(t => Tag.TryParse(t, out var tag) ? tag : throw row.WrongCell("tags", Localized.Format(Messages.TableBadTag, t), id))],
                Priority = priority,
                Description = NullIfEmpty(row["description"]),
                Sections = sections,
                Kpis = kpi is null ? [] : [kpi],
                Suggested = SuggestedOf(row, id),
            });
        }

        var layout = Layout(head, above, marks, source);
        return new Plan
        {
            Id = header.Id,
            Municipality = header.Municipality,
            Title = header.Title,
            Levels = [.. OrderLevels(elements, levelOrder).Select(l => new PlanLevel { Name = l })],
            Source = layout is null ? null : new PlanSource { Table = layout },
            Elements = elements,
        };
    }

    /// <summary>The table's layout, or null when it is the one <see cref="ToRows"/> writes by default.</summary>
    private static TableLayout? Layout(Header head, List<string> above, List<(string Element, string Mark, bool Priority)> marks, TableSource source)
    {
        // The mark most rows use for 重点 (the first seen among equals) is the table's; other spellings are kept by element.
        var priorityMark = marks.Where(m => m.Priority).GroupBy(m => m.Mark, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        priorityMark = priorityMark == "true" ? null : priorityMark;
        var exceptions = marks.Where(m => m.Mark != (m.Priority ? priorityMark ?? "true" : string.Empty))
            .Select(m => new TableMark { Element = m.Element, Mark = m.Mark }).ToList();
        var columns = head.Layout;
        var isDefault = priorityMark is null && exceptions.Count == 0 && above.Count == 0 && head.Row == 1 && source.Sheet is null
            && columns.Select(c => c.Header).SequenceEqual(PlanCsv.Columns.Where(c => c != SuggestedColumn || columns.Count == PlanCsv.Columns.Count), StringComparer.Ordinal);
        return isDefault ? null : new TableLayout
        {
            Columns = columns,
            Sheet = source.Sheet,
            HeaderRow = head.Row == 1 ? null : head.Row,
            Above = above,
            PriorityMark = priorityMark,
            Marks = exceptions,
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

    /// <summary>
    /// The plan as a table: the lines above the header, the header and one row per element (and
    /// one more per further KPI), laid out as <see cref="PlanSource.Table"/> records when the plan
    /// was imported from a table, as <see cref="PlanCsv.Columns"/> otherwise.
    /// </summary>
    /// <remarks>
    /// Columns the recorded layout lacks but the plan now needs (a KPI added since) are added at the
    /// right under their English names; <c>id</c> is added when an id is not the element's
    /// normalised code. Sections are written only into the columns they were read from.
    /// </remarks>
    public static TableOutput ToRows(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var layout = plan.Source?.Table;
        // The suggested column appears only where there are suggestions: tables without them stay as they were.
        var columns = layout?.Columns.ToList() ?? [.. PlanCsv.Columns.Where(c => c != SuggestedColumn || plan.Elements.Any(e => e.Suggested is not null)).Select(c => new TableColumn { Header = c, Field = c })];
        var marks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in layout?.Marks ?? [])
        {
            marks.TryAdd(m.Element, m.Mark);
        }

        // Without an id column a further KPI's row names its element by the code, as offices write it.
        var withId = layout is null || columns.Any(c => c.Field == "id") || plan.Elements.Any(e => e.Id != ElementCode.Normalize(e.Code ?? string.Empty));
        var rows = plan.Elements.SelectMany(e => ElementRows(e, layout, marks, repeatCode: !withId)).ToList();
        if (layout is not null)
        {
            foreach (var field in PlanCsv.Columns.Where(f => !columns.Any(c => c.Field == f)))
            {
                if (field == "id" ? withId : rows.Any(r => r[field].Length > 0))
                {
                    columns.Add(new TableColumn { Header = field, Field = field });
                }
            }
        }

        string Cell(Dictionary<string, string> row, TableColumn column) =>
            column.Field is { } field ? row[field] : row.GetValueOrDefault("\0" + column.Header) ?? string.Empty;

        return new TableOutput
        {
            Above = layout?.Above ?? [],
            HeaderRow = Math.Max(layout?.HeaderRow ?? 1, (layout?.Above.Count ?? 0) + 1),
            Columns = columns,
            Rows = [.. rows.Select(r => (IReadOnlyList<string>)[.. columns.Select(c => Cell(r, c))])],
        };
    }

    private const string SuggestedColumn = "suggested";

    // Suggestions keep their method, score and evidence through a table as the plan format's JSON,
    // so that a CSV or workbook round trip never erases what a person has yet to review.
    private static SuggestedLinks? SuggestedOf(Row row, string id)
    {
        var cell = row[SuggestedColumn];
        if (cell.Length == 0)
        {
            return null;
        }

        try
        {
            return PlanJson.ParseSuggestedCell(cell);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw row.WrongCell(SuggestedColumn, e.Message, id);
        }
    }

    /// <summary>An element's rows by column (table columns by field, sections by <c>\0</c> and label).</summary>
    private static IEnumerable<Dictionary<string, string>> ElementRows(PlanElement element, TableLayout? layout, Dictionary<string, string> marks, bool repeatCode)
    {
        var kpis = element.Kpis.Count == 0 ? [null] : element.Kpis.Cast<Kpi?>().ToList();
        for (var k = 0; k < kpis.Count; k++)
        {
            var first = k == 0;
            var kpi = kpis[k];
            var row = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["id"] = element.Id,
                ["code"] = first || repeatCode ? element.Code ?? string.Empty : string.Empty,
                ["level"] = first ? element.Level : string.Empty,
                ["title"] = first ? element.Title ?? string.Empty : string.Empty,
                ["parent"] = first ? element.Parent ?? string.Empty : string.Empty,
                ["sdg"] = first ? string.Join(';', element.Sdg) : string.Empty,
                ["tags"] = first ? string.Join(';', element.Tags) : string.Empty,
                ["priority"] = first ? PriorityCell(element, layout, marks) : string.Empty,
                ["description"] = first ? element.Description ?? string.Empty : string.Empty,
                ["kpi"] = kpi?.Name ?? string.Empty,
                ["unit"] = kpi?.Unit ?? string.Empty,
                ["baseline"] = kpi?.Baseline?.Value ?? string.Empty,
                ["baselineYear"] = kpi?.Baseline?.FiscalYear?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                ["target"] = kpi?.Target?.Value ?? string.Empty,
                ["targetYear"] = kpi?.Target?.FiscalYear?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                [SuggestedColumn] = first && element.Suggested is { } suggested ? PlanJson.SuggestedCell(suggested) : string.Empty,
            };
            if (first && layout is not null)
            {
                foreach (var column in layout.Columns.Where(c => c.Field is null))
                {
                    row["\0" + column.Header] = string.Join('\n', element.Sections.Where(s => s.Label == column.Header).Select(s => s.Text));
                }
            }

            yield return row;
        }
    }

    /// <summary>The 重点 cell as the table wrote it: the element's own spelling when it still says the same, else the table's mark.</summary>
    private static string PriorityCell(PlanElement element, TableLayout? layout, Dictionary<string, string> marks)
    {
        if (marks.TryGetValue(element.Id, out var mark) && IsPriorityMark(mark) == element.Priority)
        {
            return mark;
        }

        return element.Priority ? layout?.PriorityMark ?? "true" : string.Empty;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string[] Split(string cell) =>
        cell.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The header row: which cell is which column, and the layout as written.</summary>
    private sealed class Header
    {
        private readonly List<int> _unnamed = [];

        private Header(int row) => Row = row;

        public int Row { get; }

        public Dictionary<string, int> Known { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<(int Column, string Label)> Extra { get; } = [];

        public List<TableColumn> Layout { get; } = [];

        public int Width { get; private set; }

        public static Header Read(TableRow row, TableSource source)
        {
            var head = new Header(row.Number);
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var written = row.Cells[c].Trim();
                if (written.Length == 0)
                {
                    head._unnamed.Add(c);
                    continue;
                }

                head.Width = c + 1;
                var name = CanonicalName(written);
                var known = PlanCsv.Columns.Contains(name, StringComparer.Ordinal);
                if (!seen.Add(known ? name : written))
                {
                    throw source.AtRow(row, Localized.Format(Messages.TableColumnTwice, known ? name : written));
                }

                if (known)
                {
                    head.Known.Add(name, c);
                }
                else
                {
                    head.Extra.Add((c, written));
                }

                head.Layout.Add(new TableColumn { Header = written, Field = known ? name : null });
            }

            foreach (var required in (string[])["level", "title"])
            {
                if (!head.Known.ContainsKey(required))
                {
                    throw source.AtRow(row, Localized.Format(Messages.TableMissingColumn, required, string.Join(Messages.ListSeparator, Aliases.Where(a => a.Value == required).Select(a => a.Key)), string.Join(Messages.ListSeparator, head.Layout.Select(c => Localized.Format(Messages.Quoted, c.Header)))));
                }
            }

            return head;
        }

        /// <summary>Refuses a row with text where the header names no column: it would be lost.</summary>
        public void CheckWidth(TableRow row, int width, TableSource source)
        {
            var lost = width > row.Cells.Count ? Width : -1;
            for (var c = 0; c < row.Cells.Count && lost < 0; c++)
            {
                if (row.Cells[c].Length > 0 && (c >= Width || _unnamed.Contains(c)))
                {
                    lost = c;
                }
            }

            if (lost < 0)
            {
                return;
            }

            if (lost >= Width)
            {
                throw source.Sheet is null
                    ? source.AtRow(row, Localized.Format(Messages.TableRaggedRow, RowNumber(row), width, Width))
                    : source.AtCell(row, lost, TableSource.ColumnLetters(lost), Localized.Format(Messages.TableCellRightOfHeader, row.Cells[lost], TableSource.ColumnLetters(Width - 1)));
            }

            throw source.Sheet is null
                ? source.AtRow(row, Localized.Format(Messages.TableColumnNoHeaderRow, RowNumber(row), lost + 1, row.Cells[lost]))
                : source.AtCell(row, lost, TableSource.ColumnLetters(lost), Localized.Format(Messages.TableCellNoHeader, row.Cells[lost]));
        }
    }

    /// <summary>A data row, read through the header.</summary>
    private sealed class Row(TableRow row, Header head, TableSource source)
    {
        public int Number => row.Number;

        public TableRow Table => row;

        /// <summary>
        /// The cell of a column as written, in a text table without the one apostrophe a spreadsheet-safe
        /// export put before a formula character (see <see cref="PlanCsv.Field"/>). Cells are not trimmed: leading and
        /// trailing spaces and line breaks are the text's own, and export → import gives them back.
        /// </summary>
        public string this[string column] => head.Known.TryGetValue(column, out var c) ? At(c) : string.Empty;

        /// <summary>A cell that holds a keyword or number (a year): full-width digits and spaces around it mean nothing.</summary>
        public string Trimmed(string column) => Nfkc.Normalize(this[column]).Trim();

        public PlanInputException Wrong(string problem, string? elementId) => source.AtRow(row, problem, elementId);

        public PlanInputException WrongCell(string column, string problem, string? elementId) =>
            source.AtCell(row, head.Known[column], column, problem, elementId);

        /// <summary>The cells of columns SdgMap does not know, as sections labelled with their headers.</summary>
        public List<LabelledText> Sections() =>
            [.. head.Extra.Select(x => (x.Label, Text: At(x.Column))).Where(x => x.Text.Length > 0).Select(x => new LabelledText { Label = x.Label, Text = x.Text })];

        public Kpi? Kpi(string elementId, int n)
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
                Baseline = Measurement("baseline"),
                Target = Measurement("target"),
            };
        }

        // Only text tables protect formula characters with an apostrophe: a workbook's text cell is never run.
        private string At(int c) => c >= row.Cells.Count ? string.Empty : source.Sheet is null ? PlanCsv.Unprotect(row.Cells[c]) : row.Cells[c];

        private KpiMeasurement? Measurement(string column)
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
                    : throw WrongCell(column + "Year", Localized.FormatInvariant(Messages.TableBadYear, year, PlanJson.MinYear, PlanJson.MaxYear), null);
            }

            return new KpiMeasurement { Value = NullIfEmpty(value), FiscalYear = fiscalYear };
        }
    }
}

/// <summary>A plan laid out as a table, for a CSV or workbook writer: what goes above the header, the header, the rows.</summary>
public sealed record TableOutput
{
    /// <summary>The lines above the header (a title), one cell each, from row 1 down.</summary>
    public required IReadOnlyList<string> Above { get; init; }

    /// <summary>The 1-based row the header goes on (after <see cref="Above"/> and blank rows).</summary>
    public required int HeaderRow { get; init; }

    /// <summary>The columns left to right, with the headers to write.</summary>
    public required IReadOnlyList<TableColumn> Columns { get; init; }

    /// <summary>The rows under the header, one cell per column.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Rows { get; init; }
}
