using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Queries;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap coverage &lt;paths&gt;</c>: which goals or targets each plan covers, and through which elements.</summary>
internal static class CoverageCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var format = OutputFormats.Parse(args.Option("--format", "-f"));
        var by = ParseBy(args.Option("--by"));
        var scope = new QueryScope { Level = args.Option("--level"), IncludeSuggested = args.Flag("--include-suggested") };
        var combined = args.Flag("--combined");
        var coveredOnly = args.Flag("--covered-only");
        args.EnsureAllRead();
        var rows = PlanGraphLoader.Load(args, "coverage").Coverage(by, scope, combined);
        RowWriter.Write(coveredOnly ? [.. rows.Where(r => r.Covered)] : rows, format, output);
        return ExitCodes.Ok;
    }

    internal static SdgLevel ParseBy(string? text) => text switch
    {
        null or "target" => SdgLevel.Target,
        "goal" => SdgLevel.Goal,
        _ => throw new UsageException(Localized.Format(CliMessages.ByValue, text)),
    };
}
