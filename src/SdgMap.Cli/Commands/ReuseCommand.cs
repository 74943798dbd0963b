using SdgMap.Cli.Output;
using SdgMap.Queries;
using SdgMap.Text;

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
        var kinds = args.ListOption("--kind")?.Select(ParseKind).ToHashSet();

        var acrossPlans = args.Flag("--across-plans");
        args.EnsureAllRead();
        var groups = PlanGraphLoader.Load(args, "reuse").Reuse(options);
        var shown = groups.Where(g => (kinds is null || kinds.Contains(g.Kind)) && (!acrossPlans || g.Elements.Select(e => e.PlanId).Distinct().Count() > 1));
        RowWriter.Write([.. shown.Select(Row.Of)], format, output);
        return ExitCodes.Ok;
    }

    private static ReuseKind ParseKind(string text) =>
        KebabNames.TryParse<ReuseKind>(text, out var kind)
            ? kind
            : throw new UsageException($"--kind: unknown reuse kind '{text}'; the kinds are {string.Join(", ", KebabNames.All<ReuseKind>())}.");

    /// <summary>One printed reuse group.</summary>
    internal sealed record Row
    {
        public required int Group { get; init; }

        public required string Kind { get; init; }

        public required double Score { get; init; }

        public required IReadOnlyList<Member> Elements { get; init; }

        public required string Matched { get; init; }

        public static Row Of(ReuseGroup g) => new()
        {
            Group = g.Group,
            Kind = KebabNames.Of(g.Kind),
            Score = g.Score,
            Elements = [.. g.Elements.Select(e => new Member { Plan = e.PlanId, Code = e.Code, Title = e.Title })],
            Matched = g.Matched,
        };
    }

    /// <summary>A group member as printed: an object in JSON, <c>plan:code「title」</c> in a table or CSV cell.</summary>
    internal sealed record Member
    {
        public required string Plan { get; init; }

        public required string Code { get; init; }

        public required string Title { get; init; }

        public override string ToString() => $"{Plan}:{Code}「{Title}」";
    }

    private static double ParseSimilarity(string? text)
    {
        if (text is null)
        {
            return ReuseOptions.Default.MinSimilarity;
        }

        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= ReuseOptions.LowestMinSimilarity and <= 1
            ? value
            : throw new UsageException($"--min-similarity must be a number from {ReuseOptions.LowestMinSimilarity} to 1 (below that, no banding of 128 MinHash values finds pairs reliably), not '{text}'.");
    }
}
