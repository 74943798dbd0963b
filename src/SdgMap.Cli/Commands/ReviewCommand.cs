using System.Globalization;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Excel;
using SdgMap.Model;
using SdgMap.Serialization;
using SdgMap.Suggestions;

namespace SdgMap.Cli.Commands;

/// <summary>
/// <c>sdgmap review apply &lt;review.csv|review.xlsx&gt; [plans]</c>: every ○ in the accept column becomes a declared
/// link (recorded with who and when), every × a remembered rejection; blank rows stay suggested.
/// The whole table is checked first, so a damaged one changes no plan file.
/// </summary>
internal static class ReviewCommand
{
    public static int Run(Arguments args, TextWriter output, TextWriter stderr)
    {
        if (args.Positionals.Count == 0 || args.Positionals[0] != "apply")
        {
            throw new UsageException(CliMessages.ReviewOneAction);
        }

        var format = OutputFormats.Parse(args.Option("--format", "-f"));
        var by = args.Option("--by");
        var on = args.Option("--on") is { } date ? ParseDate(date) : DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        args.EnsureAllRead();
        if (args.Positionals.Count < 2)
        {
            throw new UsageException(CliMessages.ReviewNeedsTable);
        }

        var tablePath = args.Positionals[1];
        var rows = PlanWorkbook.IsWorkbookPath(tablePath) ? ReviewWorkbook.Read(tablePath) : ReviewTable.Read(tablePath);
        var planPaths = args.Positionals.Count > 2
            ? args.Positionals.Skip(2).ToList()
            : rows.Select(r => r.File ?? throw new PlanInputException(CliMessages.ReviewRowNoFile, tablePath) { Row = r.Row })
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
                throw new PlanInputException(Localized.Format(CliMessages.ReviewPlanNotRead, row.Plan, string.Join(", ", byPlan.Keys.Order(StringComparer.Ordinal))), tablePath) { Row = row.Row };
            }

            if (!document.Plan.Elements.Any(e => e.Id == row.Element))
            {
                throw new PlanInputException(Localized.Format(CliMessages.ReviewNoElement, row.Plan, row.Element), tablePath) { Row = row.Row, ElementId = row.Element };
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
                updates.Add((document.Path ?? throw new UsageException(Localized.Format(CliMessages.PlanWithoutFile, planId)), updated));
            }
        }

        foreach (var (path, plan) in updates)
        {
            PlanJson.Save(plan, path);
            stderr.WriteLine(Localized.Format(CliMessages.AppliedReview, TerminalText.Safe(path)));
        }

        RowWriter.Write([.. summary.Values.OrderBy(s => s.Plan, StringComparer.Ordinal)], format, output);
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
        ReviewTable.IsoDate(text) ?? throw new UsageException(Localized.Format(CliMessages.OnValue, text));
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
