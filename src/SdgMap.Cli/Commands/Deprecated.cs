using System.CommandLine;
using SdgMap.Cli.Resources;

namespace SdgMap.Cli.Commands;

/// <summary>Old spellings of options, still read but hidden from help, with a warning naming the new one.</summary>
internal static class Deprecated
{
    /// <summary>A hidden flag kept for command lines written before it was renamed.</summary>
    public static Option<bool> Flag(string name) => new(name) { Hidden = true };

    /// <summary>Whether <paramref name="option"/> was given; if so, standard error says what to write instead.</summary>
    public static bool Used(ParseResult result, Option<bool> option, string replacement, CliContext context)
    {
        if (!result.GetValue(option))
        {
            return false;
        }

        context.Error.WriteLine(CliFormat.Format(CliText.DeprecatedOption, option.Name, replacement));
        return true;
    }
}
