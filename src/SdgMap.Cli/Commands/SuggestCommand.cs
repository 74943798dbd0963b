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
    public static int Run(Arguments args, TextWriter output, TextWriter stderr)
    {
        var format = OutputFormats.Parse(args.Option("--format", "-f"));
        var options = new SuggestOptions
        {
            By = CoverageCommand.ParseBy(args.Option("--by")),
            Level = args.Option("--level"),
            MinScore = ParseScore(args.Option("--min-score")),
            Top = ParseTop(args.Option("--top")),
            Tags = args.Flag("--tags"),
            LearnFromDeclared = !args.Flag("--no-neighbours"),
        };
        var write = args.Flag("--write");
        var review = args.Option("--review");
        args.EnsureAllRead();
        var graph = PlanGraphLoader.Load(args, "suggest");
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
                OutputFile.WriteText(review, table.ToString());
            }
        }

        if (write)
        {
            foreach (var (document, updated) in SuggestionStore.Changes(graph, suggestions, options))
            {
                if (document.Path is not { } path || !path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    throw new UsageException(Localized.Format(CliMessages.WriteWithoutFile, document.Plan.Id));
                }

                PlanJson.Save(updated, path);
                stderr.WriteLine(Localized.Format(CliMessages.WroteSuggestions, TerminalText.Safe(path)));
            }
        }

        if (options.Tags)
        {
            RowWriter.Write([.. suggestions.Select(TagSuggestionRow.Of)], format, output);
        }
        else
        {
            RowWriter.Write([.. suggestions.Select(SuggestionRow.Of)], format, output);
        }

        return ExitCodes.Ok;
    }

    private static double ParseScore(string? text)
    {
        if (text is null)
        {
            return SuggestOptions.DefaultMinScore;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 1
            ? score
            : throw new UsageException(Localized.Format(CliMessages.MinScoreValue, text));
    }

    private static int? ParseTop(string? text) => text switch
    {
        null => new SuggestOptions().Top,
        "all" => null,
        _ => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top >= 1
            ? top
            : throw new UsageException(Localized.Format(CliMessages.TopValue, text)),
    };
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
        Score = Math.Round(s.Score, 3),
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
        Score = Math.Round(s.Score, 3),
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
