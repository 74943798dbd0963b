namespace SdgMap.Model;

/// <summary>The text a plan was encoded from.</summary>
public sealed record PlanSource
{
    /// <summary>The source file's name.</summary>
    public string? File { get; init; }

    /// <summary>What the source is (a draft, an extract of a PDF …).</summary>
    public string? Document { get; init; }

    /// <summary>A note on how the plan was encoded.</summary>
    public string? Note { get; init; }

    /// <summary>How the table the plan was imported from was laid out, so that export writes it back the same way; <see langword="null"/> for a plan not imported from a table, or from one laid out as SdgMap writes it.</summary>
    public TableLayout? Table { get; init; }
}
