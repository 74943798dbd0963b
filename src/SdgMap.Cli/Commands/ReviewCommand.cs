using System.CommandLine;
using System.Globalization;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Excel;
using SdgMap.Model;
using SdgMap.Serialization;
using SdgMap.Suggestions;

namespace SdgMap.Cli.Commands;

/// <summary>
/// <c>sdgmap review apply &lt;review.csv&gt; [plans]</c>: every ○ in the accept column becomes a declared
/// link (recorded with who and when), every × a remembered rejection; blank rows stay suggested.
/// The whole table is checked first, so a damaged one changes no plan file.
/// </summary>
internal static class ReviewCommand
{
    private static readonly Column<ReviewSummaryRow>[] Columns =
    [
        new("plan", r => r.Plan),
        new("file", r => r.File),
        new("accepted", r => r.Accepted),
        new("rejected", r => r.Rejected),
        new("pending", r => r.Pending),
    ];

    public static Command Create(CliContext context)
    {
        var table = new Argument<string[]>("table") { Description = CliText.ArgumentReviewTable, HelpName = "review.csv [files or folders]", Arity = ArgumentArity.ZeroOrMore };
        var by = new Option<string?>("--by") { Description = CliText.OptionReviewBy, HelpName = "NAME" };
        var on = new Option<string?>("--on") { Description = CliText.OptionReviewOn, HelpName = "DATE" };
        var format = CommonOptions.Format();
        var apply = new Command("apply", CliText.CommandReviewApply) { table, by, on, format };
        apply.SetAction(result =>
        {
            var date = result.GetValue(on) is { } text ? ParseDate(text) : DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return Apply(result.GetValue(table)!, result.GetValue(by), date, CommonOptions.ToFormat(result.GetValue(format)!), context);
        });
        var command = new Command("review", CliText.CommandReview) { apply };
        command.SetAction((Func<ParseResult, int>)(_ => throw new UsageException(CliText.ReviewNeedsApply)));
        return command;
    }

    private static int Apply(string[] arguments, string? by, string on, OutputFormat format, CliContext context)
    {
        if (arguments.Length == 0)
        {
            throw new UsageException(CliText.ReviewNeedsTable);
        }

        var tablePath = arguments[0];
        var rows = PlanWorkbook.IsWorkbookPath(tablePath) ? ReviewWorkbook.Read(tablePath) : ReviewTable.Read(tablePath);
        var planPaths = arguments.Length > 1
            ? arguments.Skip(1).ToList()
            : rows.Select(r => r.File ?? throw new PlanInputException(CliText.ReviewRowNoFile, tablePath) { Row = r.Row })
                .Distinct(StringComparer.Ordinal)
                .Select(f => Resolve(f, tablePath))
                .ToList();
        var documents = planPaths.Count == 0 ? [] : PlanFiles.LoadAll(planPaths);
        var byPlan = new Dictionary<string, PlanDocument>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            byPlan.TryAdd(d.Plan.Id, d);
        }

        // Every row is checked against its plan before any file is written.
        var decisions = new Dictionary<string, List<SuggestionDecision>>(StringComparer.Ordinal);
        var summary = new Dictionary<string, ReviewSummaryRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!byPlan.TryGetValue(row.Plan, out var document))
            {
                throw new PlanInputException(CliFormat.Format(CliText.ReviewPlanNotRead, row.Plan, string.Join(", ", byPlan.Keys.Order(StringComparer.Ordinal))), tablePath) { Row = row.Row };
            }

            if (!document.Plan.Elements.Any(e => e.Id == row.Element))
            {
                throw new PlanInputException(CliFormat.Format(CliText.ReviewNoElement, row.Plan, row.Element), tablePath) { Row = row.Row, ElementId = row.Element };
            }

            var counts = summary.GetValueOrDefault(row.Plan) ?? new ReviewSummaryRow { Plan = row.Plan, File = document.Path ?? string.Empty };
            summary[row.Plan] = row.Verdict switch
            {
                ReviewVerdict.Accept => counts with { Accepted = counts.Accepted + 1 },
                ReviewVerdict.Reject => counts with { Rejected = counts.Rejected + 1 },
                _ => counts with { Pending = counts.Pending + 1 },
            };
            if (row.ToDecision(by, on) is { } decision)
            {
                if (!decisions.TryGetValue(row.Plan, out var list))
                {
                    decisions.Add(row.Plan, list = []);
                }

                list.Add(decision);
            }
        }

        var updates = new List<(string Path, Plan Plan)>();
        foreach (var (planId, list) in decisions)
        {
            // Every way Apply refuses decisions (an unknown element, a row naming neither or both of an
            // SDG and a tag, two verdicts on one link) was refused above with its row.
            var document = byPlan[planId];
            var updated = document.Plan.Apply(list);

            if (!ReferenceEquals(updated, document.Plan))
            {
                updates.Add((document.Path ?? throw new UsageException(CliFormat.Format(CliText.ReviewNoFileToWrite, planId)), updated));
            }
        }

        foreach (var (path, plan) in updates)
        {
            PlanJson.Save(plan, path);
            context.Error.WriteLine(CliFormat.Format(CliText.AppliedReview, TerminalText.Safe(path)));
        }

        RowWriter.Write([.. summary.Values.OrderBy(s => s.Plan, StringComparer.Ordinal)], Columns, format, context);
        return ExitCodes.Ok;
    }

    private static string Resolve(string file, string tablePath)
    {
        if (File.Exists(file) || Path.IsPathRooted(file))
        {
            return file;
        }

        // A table moved together with its plans still finds them beside itself.
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(tablePath))!, file);
        return File.Exists(beside) ? beside : file;
    }

    private static string ParseDate(string text) =>
        ReviewTable.IsoDate(text) ?? throw new UsageException(CliFormat.Format(CliText.ReviewDateInvalid, text));
}

/// <summary>What <c>review apply</c> did to one plan.</summary>
internal sealed record ReviewSummaryRow
{
    public required string Plan { get; init; }

    public required string File { get; init; }

    public int Accepted { get; init; }

    public int Rejected { get; init; }

    public int Pending { get; init; }
}
