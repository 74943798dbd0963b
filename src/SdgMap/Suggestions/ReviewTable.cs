using System.Globalization;
using System.Text;
using SdgMap.Catalog;
using SdgMap.Model;
using SdgMap.Resources;
using SdgMap.Serialization;
using SdgMap.Text;

namespace SdgMap.Suggestions;

/// <summary>
/// The review table: one row per suggestion with its evidence and an empty <c>accept</c> column
/// a reviewer fills with ○ (accept) or × (reject) in Excel; blank leaves the suggestion pending.
/// </summary>
/// <remarks>
/// Columns: <c>file, plan, element, code, title, sdg, tag, score, method, evidence, matched, accept,
/// by, on, note</c>. Written as UTF-8 with a BOM and CRLF (Excel in Japanese opens it as is);
/// read as UTF-8, UTF-16 with a BOM or Shift_JIS, as Excel saves it. Reading checks every row
/// before anything is applied, so a damaged table changes no plan.
/// </remarks>
public static class ReviewTable
{
    /// <summary>The columns in the order they are written.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["file", "plan", "element", "code", "title", "sdg", "tag", "score", "method", "evidence", "matched", "accept", "by", "on", "note"];

    /// <summary>The marks read as accept: ○ ◯ 〇 ◎ ✓ ✔ and o, y, yes, 1, true.</summary>
    public static IReadOnlyList<string> AcceptMarks { get; } = ["○", "◯", "〇", "◎", "✓", "✔", "o", "y", "yes", "1", "true"];

    /// <summary>The marks read as reject: × ✕ ✗ ☓ and x, n, no, 0, false.</summary>
    public static IReadOnlyList<string> RejectMarks { get; } = ["×", "✕", "✗", "☓", "x", "n", "no", "0", "false"];

    /// <summary>The marks that can mean nothing but a verdict (not o, 1, yes …, which a note may hold): found outside the accept column, they are a mistake.</summary>
    private static readonly string[] SymbolMarks = [.. AcceptMarks.Concat(RejectMarks).Where(m => !m.Any(char.IsAsciiLetterOrDigit))];

    private static readonly Dictionary<string, string> JapaneseHeaders = new(StringComparer.Ordinal)
    {
        ["ファイル"] = "file", ["計画"] = "plan", ["要素"] = "element", ["コード"] = "code", ["名称"] = "title",
        ["SDGs"] = "sdg", ["タグ"] = "tag", ["スコア"] = "score", ["方法"] = "method", ["根拠"] = "evidence",
        ["一致"] = "matched", ["採否"] = "accept", ["確認者"] = "by", ["確認日"] = "on", ["備考"] = "note",
    };

    /// <summary>Writes the review table of <paramref name="suggestions"/>; <paramref name="files"/> maps plan ids to their files, written in the <c>file</c> column.</summary>
    public static void Write(IEnumerable<Suggestion> suggestions, IReadOnlyDictionary<string, string> files, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(output);
        output.Write('\uFEFF');
        WriteRecord(output, Columns);
        foreach (var row in Rows(suggestions, files))
        {
            WriteRecord(output, row);
        }
    }

    /// <summary>The review table's rows under the header (<see cref="Columns"/>), one per suggestion, for a CSV or workbook writer.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(IEnumerable<Suggestion> suggestions, IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        ArgumentNullException.ThrowIfNull(files);
        foreach (var s in suggestions)
        {
            yield return [
                files.GetValueOrDefault(s.Element.PlanId) ?? string.Empty,
                s.Element.PlanId,
                s.Element.ElementId,
                s.Code,
                s.Title,
                s.Sdg?.ToString() ?? string.Empty,
                s.Tag?.ToString() ?? string.Empty,
                s.Score.ToString("0.###", CultureInfo.InvariantCulture),
                s.Method.Name(),
                string.Join(' ', s.Evidence.Select(e => e.Text.Length == 0 ? string.Empty : $"「{e.Text}」").Distinct()).Trim(),
                string.Join(" / ", s.Evidence.Select(e => e.Matched).Distinct()),
                string.Empty,
                string.Empty,
                string.Empty,
                string.Empty,
            ];
        }
    }

    /// <summary>Reads a review table's decisions; blank <c>accept</c> cells are pending and give none.</summary>
    /// <exception cref="PlanInputException">The file cannot be read or decoded, lacks a needed column, or a row is wrong (unknown SDG id or tag, a mark that is neither accept nor reject, an accept mark in another column, a row repeated); the message names the row and the column.</exception>
    public static IReadOnlyList<ReviewRow> Read(string path, PlanLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        limits ??= PlanLimits.Default;
        var bytes = InputFile.ReadAllBytes(path, Messages.WhatFile, limits.MaxFileBytes);
        return Parse(PlanCsv.Decode(bytes), path);
    }

    /// <summary>Reads review table text; see <see cref="Read(string, PlanLimits?)"/>.</summary>
    /// <exception cref="PlanInputException">A row is wrong; the message names it.</exception>
    public static IReadOnlyList<ReviewRow> Parse(string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<int>();
        List<string[]> records;
        try
        {
            records = Csv.Parse(text, lines);
        }
        catch (CsvFormatException e)
        {
            throw new PlanInputException(e.Problem, path, e.Line) { Row = e.Record };
        }

        return Read([.. records.Select((r, i) => new TableRow { Number = i + 1, Line = lines[i], Cells = r })], new TableSource { Path = path });
    }

    /// <summary>Reads a review table's rows, from a CSV file or a workbook sheet; the first row is the header. See <see cref="Read(string, PlanLimits?)"/>.</summary>
    /// <exception cref="PlanInputException">A row is wrong; the message names it (the cell, on a sheet).</exception>
    public static IReadOnlyList<ReviewRow> Read(IReadOnlyList<TableRow> records, TableSource source)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(source);
        var path = source.Path;
        if (records.Count == 0)
        {
            throw new PlanInputException(Messages.ReviewEmpty, path, 1) { Sheet = source.Sheet };
        }

        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var headerRow = records[0];
        for (var c = 0; c < headerRow.Cells.Count; c++)
        {
            var name = headerRow.Cells[c].Trim().TrimStart('\uFEFF');
            name = JapaneseHeaders.GetValueOrDefault(name, name);
            if (name.Length > 0 && !header.TryAdd(name, c))
            {
                throw source.AtRow(headerRow, Localized.Format(Messages.ReviewColumnTwice, name));
            }
        }

        foreach (var needed in new[] { "plan", "element", "accept" })
        {
            if (!header.ContainsKey(needed))
            {
                throw source.AtRow(headerRow, Localized.Format(Messages.ReviewMissingColumn, needed, string.Join(", ", Columns)));
            }
        }

        if (!header.ContainsKey("sdg") && !header.ContainsKey("tag"))
        {
            throw source.AtRow(headerRow, Messages.ReviewNoSdgOrTagColumn);
        }

        var rows = new List<ReviewRow>();
        var seen = new Dictionary<(string, string, string), int>();
        for (var r = 1; r < records.Count; r++)
        {
            var record = records[r];
            var cells = record.Cells;
            var row = record.Number;

            // A text table protects formula characters with an apostrophe; a workbook's text cell needs none.
            string Cell(string column) => header.TryGetValue(column, out var c) && c < cells.Count ? (source.Sheet is null ? PlanCsv.Unprotect(cells[c].Trim()) : cells[c].Trim()) : string.Empty;
            PlanInputException Wrong(string problem, string? element = null) => source.AtRow(record, problem, element);
            PlanInputException WrongCell(string column, string problem, string? element) => source.Sheet is null
                ? new PlanInputException(Localized.Format(Messages.ReviewCell, column, problem), path, record.Line) { Row = row, ElementId = element }
                : source.AtCell(record, header[column], column, problem, element);

            if (cells.All(c => c.Trim().Length == 0))
            {
                continue;
            }

            var plan = Cell("plan");
            var element = Cell("element");
            if (plan.Length == 0 || element.Length == 0)
            {
                throw Wrong(plan.Length == 0 ? Messages.ReviewRowNoPlan : Messages.ReviewRowNoElement);
            }

            var sdgText = Cell("sdg");
            var tagText = Cell("tag");
            SdgId? sdg = null;
            Tag? tag = null;
            if (sdgText.Length > 0)
            {
                sdg = SdgId.TryParse(sdgText, out var id, out var error) && SdgCatalog.Default.Contains(id) ? id : throw WrongCell("sdg", Localized.Format(Messages.ReviewBadSdg, error ?? Localized.Format(Messages.ReviewSdgNotInCatalogue, sdgText)), element);
            }

            if (tagText.Length > 0)
            {
                tag = Tag.TryParse(tagText, out var t) ? t : throw WrongCell("tag", Localized.Format(Messages.ReviewBadTag, tagText), element);
            }

            if ((sdg is null) == (tag is null))
            {
                throw Wrong(sdg is null ? Messages.ReviewNeitherSdgNorTag : Messages.ReviewBothSdgAndTag, element);
            }

            var mark = Cell("accept");
            ReviewVerdict? verdict = IsMark(mark, AcceptMarks) ? ReviewVerdict.Accept : IsMark(mark, RejectMarks) ? ReviewVerdict.Reject : null;
            if (verdict is null && mark.Length > 0)
            {
                throw WrongCell("accept", Localized.Format(Messages.ReviewBadMark, mark), element);
            }

            foreach (var other in new[] { "by", "on", "note", "score", "method" })
            {
                var cell = Cell(other);
                if (IsMark(cell, SymbolMarks))
                {
                    throw WrongCell(other, Localized.Format(Messages.ReviewMarkInOtherColumn, cell), element);
                }
            }

            var on = Cell("on");
            string? date = null;
            if (on.Length > 0 && (date = IsoDate(on)) is null)
            {
                throw WrongCell("on", Localized.Format(Messages.ReviewBadDate, on), element);
            }

            var key = (plan, element, sdg?.ToString() ?? tag!.Value.ToString());
            if (seen.TryGetValue(key, out var first))
            {
                throw Wrong(Localized.Format(sdg is null ? Messages.ReviewRepeatsRowTag : Messages.ReviewRepeatsRowSdg, first), element);
            }

            seen.Add(key, row);
            rows.Add(new ReviewRow
            {
                Row = row,
                File = Cell("file") is { Length: > 0 } f ? f : null,
                Plan = plan,
                Element = element,
                Sdg = sdg,
                Tag = tag,
                Verdict = verdict,
                By = Cell("by") is { Length: > 0 } by ? by : null,
                On = date,
                Note = Cell("note") is { Length: > 0 } note ? note : null,
            });
        }

        return rows;
    }

    /// <summary>A date as reviewers write it (<c>2026-12-01</c>, <c>2026/12/1</c>) in ISO form, or null when it is none.</summary>
    internal static string? IsoDate(string text) =>
        text is null ? throw new ArgumentNullException(nameof(text)) : DateOnly.TryParseExact(text.Trim().Replace('/', '-'), ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static bool IsMark(string cell, IReadOnlyList<string> marks) =>
        cell.Length > 0 && marks.Contains(cell.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Trim());

    private static void WriteRecord(TextWriter output, IEnumerable<string> cells)
    {
        output.Write(string.Join(',', cells.Select(PlanCsv.Field)));
        output.Write("\r\n");
    }
}

/// <summary>One row of a review table as read.</summary>
public sealed record ReviewRow
{
    /// <summary>The row's number in the table (the header is row 1).</summary>
    public required int Row { get; init; }

    /// <summary>The plan file the row's plan was read from, as written at suggestion time.</summary>
    public string? File { get; init; }

    /// <summary>The plan's id.</summary>
    public required string Plan { get; init; }

    /// <summary>The element's id.</summary>
    public required string Element { get; init; }

    /// <summary>The suggested goal or target.</summary>
    public SdgId? Sdg { get; init; }

    /// <summary>The suggested tag.</summary>
    public Tag? Tag { get; init; }

    /// <summary>The reviewer's verdict; <see langword="null"/> while the row is pending (blank).</summary>
    public ReviewVerdict? Verdict { get; init; }

    /// <summary>Who decided, from the <c>by</c> column.</summary>
    public string? By { get; init; }

    /// <summary>When, from the <c>on</c> column, as an ISO date.</summary>
    public string? On { get; init; }

    /// <summary>The reviewer's note.</summary>
    public string? Note { get; init; }

    /// <summary>The row as a decision for <see cref="PlanReview.Apply"/>; <see langword="null"/> while pending. <paramref name="by"/> and <paramref name="on"/> fill what the row leaves blank.</summary>
    public SuggestionDecision? ToDecision(string? by = null, string? on = null) => Verdict is { } verdict
        ? new SuggestionDecision { Element = Element, Sdg = Sdg, Tag = Tag, Verdict = verdict, By = By ?? by, On = On ?? on, Note = Note }
        : null;
}
