using SdgMap.Collections;

namespace SdgMap.Model;

/// <summary>
/// How the table (CSV or workbook sheet) a plan was imported from was laid out: its columns with
/// the headers as the office wrote them, in their order, the lines above the header, and how it
/// marked 重点. Export writes the table back the same way.
/// </summary>
/// <remarks>
/// Import records a layout only when the table differs from the one SdgMap writes by default
/// (every column of <c>PlanCsv.Columns</c> under its English name, in that order, 重点 as <c>true</c>),
/// so a plain export → import leaves the plan as it was.
/// </remarks>
public sealed record TableLayout
{
    /// <summary>The columns from left to right.</summary>
    public required IReadOnlyList<TableColumn> Columns { get; init => field = ValueList.From(value); }

    /// <summary>The workbook sheet's name, where the table was a sheet.</summary>
    public string? Sheet { get; init; }

    /// <summary>The 1-based row the header stood on; <see langword="null"/> for row 1.</summary>
    public int? HeaderRow { get; init; }

    /// <summary>The non-blank lines above the header (a title row, a date), each its cells' texts joined by a space, top first.</summary>
    public IReadOnlyList<string> Above { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>How the table wrote 重点 on most rows that have it (<c>○</c>, <c>◎</c>, <c>✓</c>, <c>1</c>); <see langword="null"/> for <c>true</c>.</summary>
    public string? PriorityMark { get; init; }

    /// <summary>The rows whose 重点 cell was written otherwise than <see cref="PriorityMark"/> (or blank), by element.</summary>
    public IReadOnlyList<TableMark> Marks { get; init => field = ValueList.From(value); } = ValueList.Empty<TableMark>();
}

/// <summary>One column of an imported table.</summary>
public sealed record TableColumn
{
    /// <summary>The header as written (<c>施策名</c>, <c>title</c>, <c>備考</c>).</summary>
    public required string Header { get; init; }

    /// <summary>
    /// The table column it was read as (<c>title</c>, one of <c>PlanCsv.Columns</c>); <see langword="null"/>
    /// for a column SdgMap does not know, whose cells became sections of each element labelled <see cref="Header"/>.
    /// </summary>
    public string? Field { get; init; }
}

/// <summary>A 重点 cell written otherwise than the table's usual mark.</summary>
public sealed record TableMark
{
    /// <summary>The element's id.</summary>
    public required string Element { get; init; }

    /// <summary>The cell's text as written (<c>◎</c>, <c>-</c>).</summary>
    public required string Mark { get; init; }
}
