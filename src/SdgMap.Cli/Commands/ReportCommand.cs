using System.Text;
using SdgMap.Cli.Resources;
using SdgMap.Export;

namespace SdgMap.Cli.Commands;

/// <summary>
/// <c>sdgmap report &lt;paths&gt; -o report.html</c>: one self-contained HTML report — overview, plans ×
/// goals heatmap, per-plan grids, target drill-downs, themes, gaps, reuse and pending suggestions.
/// </summary>
internal static class ReportCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var options = new PlanReportOptions
        {
            Language = ParseLanguage(args.Option("--lang")),
            Level = args.Option("--level") ?? PlanReportOptions.Default.Level,
            IncludeSuggested = args.Flag("--include-suggested"),
        };
        if (string.IsNullOrWhiteSpace(options.Level))
        {
            throw new UsageException(CliMessages.LevelNeedsValue);
        }

        args.EnsureAllRead();
        var graph = PlanGraphLoader.Load(args, "report");
        using var buffer = new MemoryStream();
        PlanReport.Write(graph, options, buffer);
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        return ExitCodes.Ok;
    }

    internal static ReportLanguage ParseLanguage(string? text) => text switch
    {
        null or "ja" => ReportLanguage.Japanese,
        "en" => ReportLanguage.English,
        _ => throw new UsageException(Localized.Format(CliMessages.LangValue, text)),
    };
}
