using System.CommandLine;
using System.Globalization;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Excel;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Serialization;
using SdgMap.Suggestions;

namespace SdgMap.Cli.Commands;

/// <summary>
/// <c>sdgmap suggest &lt;paths&gt;</c>: SDG targets or goals (or theme tags) proposed from each element's
/// text, with evidence; <c>--write</c> stores them as suggested links, <c>--review FILE</c> writes the
/// table a reviewer marks ○ / × for <c>sdgmap review apply</c>.
/// </summary>
internal static class SuggestCommand
{
    private static readonly Column<SuggestionRow>[] Columns =
    [
        new("plan", r => r.Plan),
        new("element", r => r.Element),
        new("code", r => r.Code),
        new("title", r => r.Title),
        new("sdg", r => r.Sdg),
        new("score", r => r.Score),
        new("method", r => r.Method),
        new("evidence", r => r.Evidence),
    ];

    private static readonly Column<TagSuggestionRow>[] TagColumns =
    [
        new("plan", r => r.Plan),
        new("element", r => r.Element),
        new("code", r => r.Code),
        new("title", r => r.Title),
        new("tag", r => r.Tag),
        new("score", r => r.Score),
        new("method", r => r.Method),
        new("evidence", r => r.Evidence),
    ];

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var by = CommonOptions.By(CliText.OptionSuggestBy);
        var level = CommonOptions.Level(CliText.OptionSuggestLevel);
        var minScore = new Option<double>("--min-score")
        {
            Description = CliText.OptionMinScore,
            HelpName = "X",
            DefaultValueFactory = _ => SuggestOptions.DefaultMinScore,
            CustomParser = result =>
            {
                if (CommonOptions.Number(result) is { } score and >= 0 and <= 1)
                {
                    return score;
                }

                result.AddError(CliFormat.Format(CliText.MinScoreInvalid, CommonOptions.Single(result)));
                return SuggestOptions.DefaultMinScore;
            },
        };
        // Typed as the words users write: a parser handing back null ("all") is not a value System.CommandLine can hand on.
        var top = new Option<string>("--top")
        {
            Description = CliText.OptionTop,
            HelpName = "K|all",
            DefaultValueFactory = _ => new SuggestOptions().Top?.ToString(CultureInfo.InvariantCulture) ?? "all",
        };
        top.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && ParseTop(CommonOptions.Single(result)) is null && CommonOptions.Single(result) != "all")
            {
                result.AddError(CliFormat.Format(CliText.TopInvalid, CommonOptions.Single(result)));
            }
        });
        var tags = CommonOptions.Flag("--tags", CliText.OptionSuggestTags);
        var noNeighbours = CommonOptions.Flag("--no-neighbours", CliText.OptionNoNeighbours);
        var write = CommonOptions.Flag("--write", CliText.OptionSuggestWrite);
        var review = new Option<string?>("--review") { Description = CliText.OptionSuggestReview, HelpName = "FILE" };
        var format = CommonOptions.Format();
        var command = new Command("suggest", CliText.CommandSuggest) { paths, by, level, minScore, top, tags, noNeighbours, write, review, format };
        command.SetAction(result =>
        {
            var options = new SuggestOptions
            {
                By = CommonOptions.ToLevel(result.GetValue(by)!),
                Level = result.GetValue(level),
                MinScore = result.GetValue(minScore),
                Top = ParseTop(result.GetValue(top)!),
                Tags = result.GetValue(tags),
                LearnFromDeclared = !result.GetValue(noNeighbours),
            };
            return Run(result.GetValue(paths)!, options, result.GetValue(write), result.GetValue(review), CommonOptions.ToFormat(result.GetValue(format)!), context);
        });
        return command;
    }

    /// <summary>A whole number of at least 1; null for "all" or anything else.</summary>
    private static int? ParseTop(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k >= 1 ? k : null;

    private static int Run(IReadOnlyList<string> paths, SuggestOptions options, bool write, string? review, OutputFormat format, CliContext context)
    {
        var graph = PlanGraphLoader.Load(paths, "suggest");
        var suggestions = graph.Suggest(options);
        if (review is not null)
        {
            var files = graph.Documents.Where(d => d.Path is not null).ToDictionary(d => d.Plan.Id, d => d.Path!, StringComparer.Ordinal);
            if (PlanWorkbook.IsWorkbookPath(review))
            {
                OutputFile.Write(review, stream => ReviewWorkbook.Write(suggestions, files, stream));
            }
            else
            {
                var table = new StringWriter();
                ReviewTable.Write(suggestions, files, table);
                if (review != "-")
                {
                    OutputFile.WriteText(review, table.ToString());
                }
                else
                {
                    // '-' is standard output everywhere: the review table is then what it carries.
                    context.Output.Write(table.ToString());
                }
            }
        }

        if (write)
        {
            foreach (var (document, updated) in SuggestionStore.Changes(graph, suggestions, options))
            {
                if (document.Path is not { } path || !path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    throw new UsageException(CliFormat.Format(CliText.SuggestWriteNoFile, document.Plan.Id));
                }

                PlanJson.Save(updated, path);
                context.Error.WriteLine(CliFormat.Format(CliText.WroteSuggestions, TerminalText.Safe(path)));
            }
        }

        if (review == "-")
        {
            return ExitCodes.Ok;
        }

        if (options.Tags)
        {
            RowWriter.Write([.. suggestions.Select(TagSuggestionRow.Of)], TagColumns, format, context);
        }
        else
        {
            RowWriter.Write([.. suggestions.Select(SuggestionRow.Of)], Columns, format, context);
        }

        return ExitCodes.Ok;
    }
}

/// <summary>One printed suggestion: the columns of <c>sdgmap suggest</c>.</summary>
internal sealed record SuggestionRow
{
    public required string Plan { get; init; }

    public required string Element { get; init; }

    public required string Code { get; init; }

    public required string Title { get; init; }

    public required string Sdg { get; init; }

    public required double Score { get; init; }

    public required string Method { get; init; }

    public required IReadOnlyList<EvidenceCell> Evidence { get; init; }

    public static SuggestionRow Of(Suggestion s) => new()
    {
        Plan = s.Element.PlanId,
        Element = s.Element.ElementId,
        Code = s.Code,
        Title = s.Title,
        Sdg = s.Sdg!.Value.ToString(),
        Score = s.Score,
        Method = s.Method.Name(),
        Evidence = [.. s.Evidence.Select(EvidenceCell.Of)],
    };
}

/// <summary>One printed tag suggestion: the columns of <c>sdgmap suggest --tags</c>.</summary>
internal sealed record TagSuggestionRow
{
    public required string Plan { get; init; }

    public required string Element { get; init; }

    public required string Code { get; init; }

    public required string Title { get; init; }

    public required string Tag { get; init; }

    public required double Score { get; init; }

    public required string Method { get; init; }

    public required IReadOnlyList<EvidenceCell> Evidence { get; init; }

    public static TagSuggestionRow Of(Suggestion s) => new()
    {
        Plan = s.Element.PlanId,
        Element = s.Element.ElementId,
        Code = s.Code,
        Title = s.Title,
        Tag = s.Tag!.Value.ToString(),
        Score = s.Score,
        Method = s.Method.Name(),
        Evidence = [.. s.Evidence.Select(EvidenceCell.Of)],
    };
}

/// <summary>A piece of evidence: in tables and CSV the passage in 「」 (with the element it is from, when another), in JSON every field.</summary>
internal sealed record EvidenceCell
{
    public required string Field { get; init; }

    public string? Element { get; init; }

    public required int Start { get; init; }

    public required int Length { get; init; }

    public required string Text { get; init; }

    public required string Matched { get; init; }

    public static EvidenceCell Of(SuggestionEvidence e) => new()
    {
        Field = e.Field,
        Element = e.Element,
        Start = e.Start,
        Length = e.Length,
        Text = e.Text,
        Matched = e.Matched,
    };

    public override string ToString() => Element is null ? $"「{Text}」" : $"「{Text}」({Element})";
}
