using SdgMap.Collections;

namespace SdgMap.Model;

/// <summary>A plan as read from a file: the plan, where it came from, and where each element stands in the file.</summary>
public sealed record PlanDocument
{
    /// <summary>The plan.</summary>
    public required Plan Plan { get; init; }

    /// <summary>The file's path as given to the reader; <see langword="null"/> for input that came from no file.</summary>
    public string? Path { get; init; }

    /// <summary>For each element, by its index in <see cref="Plan.Elements"/>, the 1-based line where it starts: its opening brace in a plan file, its row's first line in a table; empty for a plan built in code.</summary>
    public IReadOnlyList<int> ElementLines { get; init => field = ValueList.From(value); } = ValueList.Empty<int>();

    /// <summary>
    /// For each element read from a table, by its index in <see cref="Plan.Elements"/>, the 1-based
    /// number of the row that defines it (the header is row 1); empty for a plan file or a plan built in code.
    /// </summary>
    public IReadOnlyList<int> ElementRows { get; init => field = ValueList.From(value); } = ValueList.Empty<int>();

    /// <summary>The line of the element at <paramref name="index"/>, or <see langword="null"/> when unknown.</summary>
    public int? LineOf(int index) => index >= 0 && index < ElementLines.Count ? ElementLines[index] : null;

    /// <summary>The table row of the element at <paramref name="index"/>, or <see langword="null"/> when the plan did not come from a table.</summary>
    public int? RowOf(int index) => index >= 0 && index < ElementRows.Count ? ElementRows[index] : null;

    /// <summary>A document for a plan built in code.</summary>
    public static PlanDocument FromPlan(Plan plan, string? path = null) => new() { Plan = plan, Path = path };
}
