using System.Globalization;
using SdgMap.Resources;

namespace SdgMap.Resources;

/// <summary>
/// Fills a message of <see cref="Messages"/> (looked up in the current UI culture: Japanese for
/// <c>ja</c>, English otherwise) with its arguments.
/// </summary>
internal static class Localized
{
    /// <summary>The message with <paramref name="args"/> in its placeholders, numbers written as the current culture writes them.</summary>
    public static string Format(string message, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, message, args);

    /// <summary>The message with <paramref name="args"/> in its placeholders, numbers written as the invariant culture writes them (1,234), as some messages always have.</summary>
    public static string FormatInvariant(string message, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, message, args);
}
