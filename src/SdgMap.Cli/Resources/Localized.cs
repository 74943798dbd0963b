using System.Globalization;

namespace SdgMap.Cli.Resources;

/// <summary>Fills a message of <see cref="CliMessages"/> (looked up in the current UI culture) with its arguments.</summary>
internal static class Localized
{
    public static string Format(string message, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, message, args);
}
