using System.CommandLine;
using SdgMap.Cli.Commands;
using SdgMap.Cli.Resources;

namespace SdgMap.Cli;

/// <summary>
/// The options every command takes: where output goes and the language of messages. One set per
/// command tree: a symbol knows its parents, so trees built side by side (tests) share none.
/// </summary>
internal sealed class GlobalOptions
{
    /// <summary>The languages <c>--lang</c> accepts.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["ja", "en"];

    /// <summary><c>-o FILE</c>: write output to FILE, atomically; <c>-</c> is standard output.</summary>
    public Option<string?> Output { get; } = CreateOutput();

    /// <summary><c>--lang ja|en</c>: the language of help, messages and the report.</summary>
    public Option<string?> Language { get; } = CreateLanguage();

    /// <summary>
    /// The value of <c>--lang</c> on <paramref name="args"/> when it is one of <see cref="Languages"/>:
    /// read before parsing, since help and messages are built in that language. Any other value is
    /// left to the parser to refuse.
    /// </summary>
    public static string? LanguageIn(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count && args[i] != "--"; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal) ? args[i][7..]
                : null;
            if (value is not null)
            {
                return Languages.Contains(value) ? value : null;
            }
        }

        return null;
    }

    private static Option<string?> CreateOutput()
    {
        var option = new Option<string?>("--output", "-o")
        {
            Description = CliText.OptionOutput,
            HelpName = "FILE",
            Recursive = true,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } path && string.IsNullOrWhiteSpace(path))
            {
                result.AddError(CliText.OutputEmpty);
            }
        });
        return option;
    }

    private static Option<string?> CreateLanguage()
    {
        var option = CommonOptions.Choice<string?>("--lang", [], CliText.OptionLang, [.. Languages], null);
        option.Recursive = true;
        return option;
    }
}
