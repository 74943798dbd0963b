using SdgMap.Excel.Resources;
using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Excel;

/// <summary>
/// Reads a workbook's sheet as a plan (see <see cref="PlanWorkbook"/>), keeping each element's row;
/// register it with <c>new PlanReaders([XlsxPlanReader.Instance])</c>. The plan's id, municipality
/// and title come from <see cref="PlanReadContext.Header"/>, the sheet from <see cref="PlanReadContext.Sheet"/>.
/// </summary>
public sealed class XlsxPlanReader : IPlanReader
{
    /// <summary>The reader.</summary>
    public static XlsxPlanReader Instance { get; } = new();

    private XlsxPlanReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "xlsx";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions => PlanWorkbook.Extensions;

    /// <inheritdoc/>
    /// <exception cref="PlanInputException">Also when <see cref="PlanReadContext.Header"/> is null: a workbook does not say which plan it is.</exception>
    public PlanDocument Read(Stream input, PlanReadContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Header ?? throw new PlanInputException(
            ExcelMessages.WorkbookNotPlanFile,
            context.Path);
        using var workbook = WorkbookSheets.Open(input, context.Path, context.Limits);
        var source = workbook.Source(context.Sheet);
        context.CancellationToken.ThrowIfCancellationRequested();
        var plan = PlanTable.Read(Cancellable(workbook.Rows(source.Sheet), context.CancellationToken), source, header, context.Limits, out var rows, out _);
        return new PlanDocument { Plan = plan, Path = context.Path, ElementRows = rows };
    }

    private static IEnumerable<TableRow> Cancellable(IEnumerable<TableRow> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }
}
