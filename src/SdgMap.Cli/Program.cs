using System.Globalization;
using System.Text;
using SdgMap.Cli;
using SdgMap.Cli.Commands;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Serialization;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
if (!Console.IsErrorRedirected)
{
    PlanGraphLoader.Progress = Console.Error;
}

return Cli.Run(args, Console.Out, Console.Error);

namespace SdgMap.Cli
{
    /// <summary>Dispatches a command line to a command and maps failures to exit codes.</summary>
    internal static class Cli
    {
        // The export formats come from the library's registry, so help lists what --to accepts.
        private static readonly string Usage = $$"""
            usage: sdgmap <command> [arguments] [--format table|json|csv] [-o FILE]

            commands:
              summary <files or folders>      elements per level of each plan
              catalog [ID]                    SDG goals and targets; with ID (16, 16.6, 16.6.1) that entry and what lies under it
              coverage <files or folders>     goals or targets each plan covers and through which elements;
                                              [--by goal|target] [--level NAME|DEPTH] [--include-suggested] [--combined] [--covered-only]
              gaps <files or folders>         uncovered goals and targets, elements without SDG links, unused terms, KPI gaps;
                                              [--by goal|target] [--level NAME|DEPTH] [--require-tag TAXONOMY,...] [--kind KIND,...]
                                              [--include-suggested] [--across-plans]
              reuse <files or folders>        elements referenced from several places, KPIs listed again (【再掲】), elements under
                                              different parents declaring the same targets, identical and near-identical titles;
                                              [--min-similarity X] [--include-descriptions] [--level NAME|DEPTH] [--kind KIND,...] [--across-plans]
              validate <files or folders>     consistency checks; [--require-sdg-at LEVEL] [--config FILE]
                                              [--format text|json|csv|sarif|github] [--baseline FILE] [--max-errors N]
                                              [--source-root DIR] [--fix] [--no-suggestions]
              rules                           the validation rules with their ids and default severities
              compare <planA> <planB>         coverage side by side; [--by goal|target] [--differences] [--include-suggested]
              import <table.csv|.xlsx>        a plan file from a flat table (UTF-8, UTF-16 with BOM or Shift_JIS, detected;
                                              or as --encoding NAME declares) or a workbook's sheet [--sheet NAME];
                                              --id ID --municipality NAME
                                              [--municipality-en NAME] [--municipality-code CODE] [--title TITLE]
              suggest <files or folders>      SDG targets (or goals, or theme tags) proposed from each element's text, with evidence;
                                              [--by goal|target] [--level NAME|DEPTH] [--min-score X] [--top K|all] [--tags]
                                              [--no-neighbours] [--write] [--review FILE.csv|FILE.xlsx]
              review apply <review.csv|.xlsx> ○ in the accept column become declared links, × remembered rejections;
                                              [files or folders] [--by NAME] [--on DATE]
              export <plan> --to FORMAT       {{string.Join("; ", SdgMap.Export.PlanExporters.Default.All.Select(e => $"{e.Format} {e.Description}"))}};
                                              [--element ID] (dot, mermaid) [--base-uri URI] (jsonld)
              export <plan> --to xlsx -o FILE the flat table as a workbook
              export <files or folders> --to parquet -o DIR
                                              the graph as Parquet tables (plans, elements, sdg_links, tags, kpis, reuse_groups)
                                              for DuckDB, pandas or Spark; [--plans-per-row-group N]
              report <files or folders>       one self-contained HTML report with SDG-coloured heatmaps; -o report.html
                                              [--level NAME|DEPTH] [--include-suggested] [--lang ja|en]

            --lang ja|en (any command): messages in Japanese or English; without it, from LANG (ja_JP.UTF-8: Japanese)

            exit codes: 0 done, 1 validate found errors, 2 bad usage or unreadable input
            """;

        private static readonly HashSet<string> Flags = ["--help", "-h", "--tags", "--no-neighbours", "--write", "--fix", "--no-suggestions", "--include-suggested", "--combined", "--covered-only", "--across-plans", "--differences", "--include-descriptions"];

        /// <summary>Runs the command line; <c>--lang</c> sets the language of messages for this run only.</summary>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var culture = CultureInfo.CurrentUICulture;
            try
            {
                string[] command;
                try
                {
                    command = UiLanguage.Apply(args);
                }
                catch (UsageException e)
                {
                    return Refuse(e, stderr);
                }

                return RunCommand(command, stdout, stderr);
            }
            finally
            {
                CultureInfo.CurrentUICulture = culture;
            }
        }

        private static int Refuse(UsageException e, TextWriter stderr)
        {
            stderr.WriteLine($"sdgmap: {TerminalText.Paragraph(e.Message)}");
            stderr.WriteLine(CliMessages.RunHelp);
            return ExitCodes.BadInput;
        }

        private static int RunCommand(string[] args, TextWriter stdout, TextWriter stderr)
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                stdout.Write(Usage.ReplaceLineEndings("\n") + "\n");
                return args.Length == 0 ? ExitCodes.BadInput : ExitCodes.Ok;
            }

            if (args[0] is "--version")
            {
                stdout.WriteLine(typeof(SdgMap.Model.Plan).Assembly.GetName().Version?.ToString(3));
                return ExitCodes.Ok;
            }

            try
            {
                var arguments = Arguments.Parse(args.Skip(1), Flags);
                var outputPath = arguments.Option("-o", "--output");
                if (outputPath is not null && string.IsNullOrWhiteSpace(outputPath))
                {
                    throw new UsageException(CliMessages.OutputNeedsName);
                }

                if (outputPath == "-")
                {
                    outputPath = null;
                }

                // Parquet is a folder of tables, not text: -o names the folder, and the command writes it itself.
                if (args[0] == "export" && arguments.Option("--to") == "parquet")
                {
                    return ExportCommand.RunParquet(arguments, outputPath, stdout);
                }

                var output = outputPath is null ? stdout : new StringWriter();
                var wroteFile = false;
                var code = args[0] switch
                {
                    "summary" => SummaryCommand.Run(arguments, output),
                    "catalog" => CatalogCommand.Run(arguments, output),
                    "coverage" => CoverageCommand.Run(arguments, output),
                    "gaps" => GapsCommand.Run(arguments, output),
                    "reuse" => ReuseCommand.Run(arguments, output),
                    "validate" => ValidateCommand.Run(arguments, output, stderr),
                    "rules" => RulesCommand.Run(arguments, output),
                    "compare" => CompareCommand.Run(arguments, output),
                    "import" => ImportCommand.Run(arguments, output, stderr),
                    "export" => ExportCommand.Run(arguments, output, outputPath, ref wroteFile),
                    "report" => ReportCommand.Run(arguments, output),
                    "suggest" => SuggestCommand.Run(arguments, output, stderr),
                    "review" => ReviewCommand.Run(arguments, output, stderr),
                    _ => throw new UsageException(Localized.Format(CliMessages.UnknownCommand, args[0])),
                };
                // A workbook is written by its command; there is no text to write after it.
                if (outputPath is not null && !wroteFile)
                {
                    OutputFile.WriteText(outputPath, output.ToString()!);
                }

                return code;
            }
            catch (UsageException e)
            {
                return Refuse(e, stderr);
            }
            catch (PlanInputException e)
            {
                stderr.WriteLine($"sdgmap: {TerminalText.Paragraph(e.Message)}");
                return ExitCodes.BadInput;
            }
            catch (IOException e)
            {
                stderr.WriteLine($"sdgmap: {TerminalText.Paragraph(e.Message)}");
                return ExitCodes.BadInput;
            }
            catch (ArgumentException e)
            {
                // The library refuses options that name what does not exist (a level, a taxonomy, a kind).
                stderr.WriteLine($"sdgmap: {TerminalText.Paragraph(e.Message)}");
                return ExitCodes.BadInput;
            }
            catch (UnauthorizedAccessException e)
            {
                stderr.WriteLine($"sdgmap: {TerminalText.Paragraph(e.Message)}");
                return ExitCodes.BadInput;
            }
        }
    }
}
