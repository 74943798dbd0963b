using System.Text.Json;

namespace SdgMap.Text;

/// <summary>
/// The one mapping between the library's enums and the kebab-case names users read and type
/// (<c>GapKind.NoSdgLink</c> ⇄ <c>no-sdg-link</c>): the command line, its JSON and CSV, and the
/// report's markup all write and parse kinds through it.
/// </summary>
internal static class KebabNames
{
    /// <summary>The value's name in kebab case.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of(value.ToString());

    /// <summary>A PascalCase name in kebab case.</summary>
    public static string Of(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    /// <summary>Every value's kebab-case name, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(Of)];

    /// <summary>The value whose kebab-case name is <paramref name="text"/> (exactly, ordinal).</summary>
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Of(candidate) == text)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
