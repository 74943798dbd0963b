using System.CommandLine;
using System.Globalization;
using SdgMap.Cli.Commands;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Serialization;

namespace SdgMap.Cli;

/// <summary>Parses a command line, runs its command and maps failures to exit codes.</summary>
internal static class Cli
{
    /// <summary>Runs <paramref name="args"/>, with tables fitted to the terminal (see <see cref="TerminalWidth"/>).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, TerminalWidth.Detect(ReferenceEquals(stdout, Console.Out)));

    /// <summary>Runs <paramref name="args"/> with tables fitted to <paramref name="width"/> columns.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, int width)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (uiCulture, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            // Numbers and dates print the same everywhere; only the words follow the language.
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

            // The language is set before the commands are built, since their help texts are read then.
            if (GlobalOptions.LanguageIn(args) is { } language)
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            }

            return Invoke(args, stdout, stderr, width);
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static int Invoke(string[] args, TextWriter stdout, TextWriter stderr, int width)
    {
        var context = new CliContext { Error = stderr, Width = width };
        var (root, global) = CommandTree.Build(context);
        var result = root.Parse(args);
        var errors = ParseErrors.Of(result);
        if (errors.Count > 0)
        {
            ParseErrors.Write(errors, result, stderr);
            return ExitCodes.BadInput;
        }

        try
        {
            var outputPath = result.GetValue(global.Output);
            var toFile = outputPath is null or "-" ? null : new StringWriter();
            var output = toFile ?? stdout;
            context.Output = output;
            context.StandardOutput = stdout;
            context.OutputPath = outputPath is "-" ? null : outputPath;
            var code = result.Invoke(Configuration(output, stderr));
            if (toFile is not null && !context.WroteOutput)
            {
                // From the writer's own buffers: one copy of 200 MB of output, not three (a string, then its bytes).
                OutputFile.WriteText(outputPath!, toFile.GetStringBuilder());
            }

            return code;
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"sdgmap: {TerminalText.Paragraph(e.Message)}");
            ParseErrors.WriteSeeHelp(result, stderr);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is PlanInputException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            // ArgumentException: the library refuses options that name what does not exist (a level, a taxonomy, a tag).
            stderr.WriteLine($"sdgmap: {TerminalText.Paragraph(e.Message)}");
            return ExitCodes.BadInput;
        }
    }

    // Exceptions reach the catch blocks above; Ctrl+C is left to OutputFile, which removes its temporary files.
    private static InvocationConfiguration Configuration(TextWriter output, TextWriter error) =>
        new() { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
}
