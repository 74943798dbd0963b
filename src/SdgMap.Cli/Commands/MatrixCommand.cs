using System.CommandLine;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Queries;

namespace SdgMap.Cli.Commands;

/// <summary>
/// <c>sdgmap matrix &lt;paths&gt; --rows plans|level:NAME|taxonomy:ID --columns goals|targets|taxonomy:ID</c>:
/// the library's <see cref="CoverageMatrix"/>, one line per row with a count per column, or with
/// <c>--cells</c> the long table of non-empty cells naming the elements behind each count.
/// </summary>
internal static class MatrixCommand
{
    private static readonly Column<MatrixCell>[] CellColumns =
    [
        new("plan", c => c.Plan),
        new("row", c => c.RowKey),
        new("column", c => c.ColumnKey),
        new("count", c => c.Count),
        new("elements", c => c.Elements),
    ];

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var rows = Axis("--rows", CliText.OptionMatrixRows, "plans|level:NAME|taxonomy:ID", "plans", ["plans", "level:", "taxonomy:"]);
        var columns = Axis("--columns", CliText.OptionMatrixColumns, "goals|targets|taxonomy:ID", "goals", ["goals", "targets", "taxonomy:"]);
        var level = CommonOptions.Level(CliText.OptionLevelScope);
        var tag = CommonOptions.Tag();
        var includeSuggested = CommonOptions.IncludeSuggested();
        var cells = CommonOptions.Flag("--cells", CliText.OptionMatrixCells);
        var format = CommonOptions.Format();
        var command = new Command("matrix", CliText.CommandMatrix) { paths, rows, columns, level, tag, includeSuggested, cells, format };
        command.SetAction(result =>
        {
            var scope = new QueryScope { Level = result.GetValue(level), Tag = result.GetValue(tag), IncludeSuggested = result.GetValue(includeSuggested) };
            var matrix = PlanGraphLoader.Load(result.GetValue(paths)!, "matrix").CoverageMatrix(Parse(result.GetValue(rows)!)!, Parse(result.GetValue(columns)!)!, scope);
            if (result.GetValue(cells))
            {
                RowWriter.Write(matrix.Cells, CellColumns, CommonOptions.ToFormat(result.GetValue(format)!), context);
            }
            else
            {
                var lines = matrix.Rows.Select((row, r) => new MatrixLine
                {
                    Plan = row.Plan,
                    Key = row.Key,
                    Label = row.Label,
                    Counts = matrix.Columns.Select((column, c) => (column.Key, matrix.Count(r, c))).ToDictionary(kv => kv.Key, kv => kv.Item2, StringComparer.Ordinal),
                }).ToList();
                // A plan row's key is its plan id: the table and CSV say it once.
                var byPlan = Parse(result.GetValue(rows)!)!.Kind == MatrixAxisKind.Plans;
                Column<MatrixLine>[] wide =
                [
                    new("plan", l => l.Plan),
                    .. byPlan ? [] : new Column<MatrixLine>[] { new("key", l => l.Key) },
                    new("label", l => l.Label),
                    .. matrix.Columns.Select(column => new Column<MatrixLine>(column.Key, l => l.Counts[column.Key])),
                ];
                RowWriter.Write(lines, wide, CommonOptions.ToFormat(result.GetValue(format)!), context);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>An axis option: a fixed word, or <c>level:NAME</c> / <c>taxonomy:ID</c>; which kinds fit rows or columns the library decides.</summary>
    private static Option<string> Axis(string name, string description, string helpName, string fallback, string[] completions)
    {
        var option = new Option<string>(name) { Description = description, HelpName = helpName, DefaultValueFactory = _ => fallback };
        option.Validators.Add(result =>
        {
            var text = CommonOptions.Single(result);
            if (result.Tokens.Count > 0 && Parse(text) is null)
            {
                result.AddError(CliFormat.Format(CliText.AxisInvalid, name, CliFormat.Or([.. helpName.Split('|')]), text));
            }
        });
        option.CompletionSources.Add(completions);
        return option;
    }

    private static MatrixAxis? Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var (word, value) = colon < 0 ? (text, null) : (text[..colon], text[(colon + 1)..].Trim());
        return (word, value) switch
        {
            ("plans", null) => MatrixAxis.Plans,
            ("goals", null) => MatrixAxis.Goals,
            ("targets", null) => MatrixAxis.Targets,
            ("level", { Length: > 0 }) => MatrixAxis.Level(value),
            ("taxonomy", { Length: > 0 }) => MatrixAxis.Taxonomy(value),
            _ => null,
        };
    }
}

/// <summary>One row of a matrix as <c>sdgmap matrix</c> prints it: the row, and its count in every column.</summary>
internal sealed record MatrixLine
{
    public required string Plan { get; init; }

    public required string Key { get; init; }

    public required string Label { get; init; }

    public required IReadOnlyDictionary<string, int> Counts { get; init; }
}
