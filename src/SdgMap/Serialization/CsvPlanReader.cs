using SdgMap.Model;
using SdgMap.Resources;

namespace SdgMap.Serialization;

/// <summary>
/// Reads the flat table planning offices keep (see <see cref="PlanCsv"/>), keeping each
/// element's row and line; the plan's id, municipality and title come from <see cref="PlanReadContext.Header"/>.
/// </summary>
public sealed class CsvPlanReader : IPlanReader
{
    /// <summary>The reader.</summary>
    public static CsvPlanReader Instance { get; } = new();

    private CsvPlanReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "csv";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".csv"];

    /// <inheritdoc/>
    /// <exception cref="PlanInputException">Also when <see cref="PlanReadContext.Header"/> is null: a table does not say which plan it is.</exception>
    public PlanDocument Read(Stream input, PlanReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Line 1 and the wording of PlanJson's hint: a table handed to a command that reads plans gets the same pointer to import.
        var header = context.Header ?? throw new PlanInputException(
            Messages.TableNotPlanFile,
            context.Path,
            1);
        var bytes = InputFile.ReadAll(input, context.Path, context.Limits.MaxFileBytes, context.CancellationToken);
        var text = PlanCsv.Decode(bytes.Span, context.Encoding, context.Path);
        context.CancellationToken.ThrowIfCancellationRequested();
        var plan = PlanCsv.Parse(text, header, context.Path, context.Limits, out var rows, out var lines);
        return new PlanDocument { Plan = plan, Path = context.Path, ElementRows = rows, ElementLines = lines };
    }
}
