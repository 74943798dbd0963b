using System.Text.RegularExpressions;
using SdgMap.Catalog;

namespace SdgMap.Suggestions;

/// <summary>
/// Goals and targets a text names outright: <c>ターゲット11.2</c>, <c>SDGs目標3</c>, <c>SDGsのゴール3</c>,
/// <c>SDG 11.2</c>, <c>Goal 4</c>, <c>Target 16.6</c>. A bare number is never read as one, and 目標 or
/// ゴール only after SDG, since plans number their own goals (基本目標3).
/// </summary>
internal static partial class Mentions
{
    // Matched over MatchText (NFKC, lower case, spaces only between Latin characters).
    [GeneratedRegex(@"(?:sdgs?(?:の)?(?:ゴール|目標|goal|target|ターゲット)?|ターゲット|(?<![a-z])(?:goal|target))\s?(?<id>\d{1,2}(?:\.(?:\d{1,2}|[a-c]))?)(?![\d.]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Every mention of a goal or target the catalogue holds, with its span in <paramref name="text"/>.</summary>
    public static IEnumerable<(SdgId Id, int Start, int End)> In(string text, SdgCatalog catalog)
    {
        foreach (Match m in Pattern().Matches(text))
        {
            var id = m.Groups["id"].Value;
            if (SdgId.TryParse(id, out var sdg) && catalog.Contains(sdg))
            {
                yield return (sdg, m.Index, m.Index + m.Length);
            }
        }
    }
}
