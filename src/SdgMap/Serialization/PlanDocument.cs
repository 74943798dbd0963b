using SdgMap.Model;

namespace SdgMap.Serialization;

/// <summary>A plan as read from a file: the plan, where it came from, and where each element stands in the file.</summary>
public sealed record PlanDocument
{
    /// <summary>The plan.</summary>
    public required Plan Plan { get; init; }

    /// <summary>The file's path as given to the reader; <see langword="null"/> for input that came from no file.</summary>
    public string? Path { get; init; }

    /// <summary>For each element, by its index in <see cref="Plan.Elements"/>, the 1-based line of its opening brace; empty for a plan built in code.</summary>
    public IReadOnlyList<int> ElementLines { get; init => field = ValueList.From(value); } = ValueList.Empty<int>();

    /// <summary>The line of the element at <paramref name="index"/>, or <see langword="null"/> when unknown.</summary>
    public int? LineOf(int index) => index >= 0 && index < ElementLines.Count ? ElementLines[index] : null;

    /// <summary>A document for a plan built in code.</summary>
    public static PlanDocument FromPlan(Plan plan, string? path = null) => new() { Plan = plan, Path = path };
}
