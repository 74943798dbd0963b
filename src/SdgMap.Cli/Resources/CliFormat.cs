using System.Globalization;

namespace SdgMap.Cli.Resources;

/// <summary>Fills in the resource strings of <see cref="CliText"/>.</summary>
internal static class CliFormat
{
    /// <summary><paramref name="template"/> with its <c>{0}</c>, <c>{1}</c> … filled in; numbers in the invariant culture.</summary>
    public static string Format(string template, params object?[] args) => string.Format(CultureInfo.InvariantCulture, template, args);

    /// <summary>"a, b or c", in the UI language.</summary>
    public static string Or(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : Format(CliText.ListOr, string.Join(", ", items.Take(items.Count - 1)), items[^1]);
}
