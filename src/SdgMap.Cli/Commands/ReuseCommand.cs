using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Queries;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap reuse &lt;paths&gt;</c>: work reused across policies and plans.</summary>
internal static class ReuseCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var format = OutputFormats.Parse(args.Option("--format", "-f"));
        var options = new ReuseOptions
        {
            Level = args.Option("--level"),
            MinSimilarity = ParseSimilarity(args.Option("--min-similarity")),
            IncludeDescriptions = args.Flag("--include-descriptions"),
        };
        var kinds = args.ListOption("--kind")?.ToHashSet(StringComparer.Ordinal);
        if (kinds?.FirstOrDefault(k => !ReuseKinds.All.Contains(k)) is { } unknown)
        {
            throw new UsageException(Localized.Format(CliMessages.UnknownReuseKind, unknown, string.Join(", ", ReuseKinds.All)));
        }

        var acrossPlans = args.Flag("--across-plans");
        args.EnsureAllRead();
        var groups = PlanGraphLoader.Load(args, "reuse").Reuse(options);
        var shown = groups.Where(g => (kinds is null || kinds.Contains(g.Kind)) && (!acrossPlans || g.Elements.Select(e => e.Plan).Distinct().Count() > 1)).ToList();
        RowWriter.Write(shown, format, output);
        return ExitCodes.Ok;
    }

    private static double ParseSimilarity(string? text)
    {
        if (text is null)
        {
            return ReuseOptions.Default.MinSimilarity;
        }

        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= ReuseOptions.LowestMinSimilarity and <= 1
            ? value
            : throw new UsageException(Localized.Format(CliMessages.MinSimilarityValue, ReuseOptions.LowestMinSimilarity, text));
    }
}
