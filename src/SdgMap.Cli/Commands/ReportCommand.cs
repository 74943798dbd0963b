using System.CommandLine;
using System.Globalization;
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
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var level = CommonOptions.Level(CliText.OptionReportLevel);
        level.DefaultValueFactory = _ => PlanReportOptions.Default.Level;
        var includeSuggested = CommonOptions.IncludeSuggested();
        var command = new Command("report", CliText.CommandReport) { paths, level, includeSuggested };
        command.SetAction(result =>
        {
            var options = new PlanReportOptions
            {
                // The UI language (--lang, else LANG) chooses the report's too: English for English, and Japanese,
                // as plans are, for Japanese and for an environment that names no language (LANG=C).
                Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? ReportLanguage.English : ReportLanguage.Japanese,
                Level = result.GetValue(level) ?? PlanReportOptions.Default.Level,
                IncludeSuggested = result.GetValue(includeSuggested),
            };
            if (string.IsNullOrWhiteSpace(options.Level))
            {
                throw new UsageException(CliText.ReportLevelEmpty);
            }

            var graph = PlanGraphLoader.Load(result.GetValue(paths)!, "report");
            using var buffer = new MemoryStream();
            PlanReport.Write(graph, options, buffer);
            context.Output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            return ExitCodes.Ok;
        });
        return command;
    }
}
