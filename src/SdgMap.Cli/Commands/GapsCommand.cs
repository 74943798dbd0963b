using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Queries;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap gaps &lt;paths&gt;</c>: uncovered goals and targets, elements without SDG links or required tags, unused terms, incomplete KPIs.</summary>
internal static class GapsCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var format = OutputFormats.Parse(args.Option("--format", "-f"));
        var byText = args.Option("--by");
        var options = new GapOptions
        {
            By = byText is null ? null : CoverageCommand.ParseBy(byText),
            Level = args.Option("--level"),
            RequiredTaxonomies = args.ListOption("--require-tag") ?? [],
            AcrossPlans = args.Flag("--across-plans"),
            Kinds = args.ListOption("--kind"),
        };
        if (options.Kinds?.FirstOrDefault(k => !GapKinds.All.Contains(k)) is { } unknown)
        {
            throw new UsageException(Localized.Format(CliMessages.UnknownGapKind, unknown, string.Join(", ", GapKinds.All)));
        }

        var scope = new QueryScope { IncludeSuggested = args.Flag("--include-suggested") };
        args.EnsureAllRead();
        var gaps = PlanGraphLoader.Load(args, "gaps").Gaps(options, scope);
        RowWriter.Write(gaps, format, output);
        return ExitCodes.Ok;
    }
}
