using SdgMap.Model;

namespace SdgMap.Serialization;

/// <summary>
/// Reads one kind of plan input (a plan file, a table, a workbook) into a <see cref="PlanDocument"/>.
/// Register more kinds with <see cref="PlanReaders"/>.
/// </summary>
/// <remarks>
/// A reader is stateless and may be called from several threads at once. It reads
/// <c>input</c> from where it stands to its end and does not dispose it.
/// </remarks>
public interface IPlanReader
{
    /// <summary>The format's short name, lower case: <c>json</c>, <c>csv</c>, <c>xlsx</c>.</summary>
    string Format { get; }

    /// <summary>The file name extensions the reader claims, lower case with the dot (<c>.json</c>).</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads a plan.</summary>
    /// <param name="input">The bytes of the file or table.</param>
    /// <param name="context">The file's name, the limits and what the input itself does not say.</param>
    /// <returns>The plan with where each element stands in the input.</returns>
    /// <exception cref="PlanInputException">The input is not a valid plan of this format, goes past a limit, or lacks something only <paramref name="context"/> could give; the message names the file and where in it.</exception>
    /// <exception cref="OperationCanceledException"><see cref="PlanReadContext.CancellationToken"/> was cancelled.</exception>
    PlanDocument Read(Stream input, PlanReadContext context);
}
