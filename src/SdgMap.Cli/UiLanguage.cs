using System.Globalization;
using SdgMap.Cli.Resources;

namespace SdgMap.Cli;

/// <summary>
/// The language of messages: <c>--lang ja|en</c> anywhere on the command line, else the UI culture
/// .NET takes from the environment (<c>LANG=ja_JP.UTF-8</c> gives Japanese), else English.
/// </summary>
internal static class UiLanguage
{
    private const string Option = "--lang";

    /// <summary>
    /// Sets <see cref="CultureInfo.CurrentUICulture"/> from <c>--lang</c> and returns the arguments
    /// the command reads: without <c>--lang</c>, except for <c>report</c>, where it also picks the
    /// report's language.
    /// </summary>
    /// <exception cref="UsageException"><c>--lang</c> names neither ja nor en, or has no value.</exception>
    public static string[] Apply(string[] args)
    {
        var rest = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--")
            {
                rest.AddRange(args[i..]);
                break;
            }

            string? value = null;
            var taken = 1;
            if (args[i] == Option)
            {
                value = i + 1 < args.Length ? args[i + 1] : throw new UsageException(Localized.Format(CliMessages.OptionNeedsValue, Option));
                taken = 2;
            }
            else if (args[i].StartsWith(Option + "=", StringComparison.Ordinal))
            {
                value = args[i][(Option.Length + 1)..];
            }

            if (value is null)
            {
                rest.Add(args[i]);
                continue;
            }

            CultureInfo.CurrentUICulture = value switch
            {
                "ja" => CultureInfo.GetCultureInfo("ja"),
                "en" => CultureInfo.GetCultureInfo("en"),
                _ => throw new UsageException(Localized.Format(CliMessages.LangValue, value)),
            };
            if (args.Length > 0 && args[0] == "report")
            {
                rest.AddRange(args.AsSpan(i, taken));
            }

            i += taken - 1;
        }

        return [.. rest];
    }
}
