using System.Globalization;
using SdgMap.Resources;

namespace SdgMap.Export;

/// <summary>
/// The words of reports and charts (headings, notes, column headers, legends): messages of
/// <see cref="Messages"/> read in the report's <see cref="ReportLanguage"/>, which a caller may
/// choose apart from the UI culture.
/// </summary>
internal static class ReportText
{
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The culture whose resources a report in <paramref name="language"/> reads.</summary>
    public static CultureInfo Culture(ReportLanguage language) => language == ReportLanguage.English ? English : Japanese;

    /// <summary>The message <paramref name="key"/> (a name of <see cref="Messages"/>) in <paramref name="language"/>, with <paramref name="args"/> in its placeholders.</summary>
    public static string Get(ReportLanguage language, string key, params object?[] args)
    {
        var text = Messages.ResourceManager.GetString(key, Culture(language)) ?? throw new InvalidOperationException($"Messages.resx has no {key}.");
        return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
    }
}
