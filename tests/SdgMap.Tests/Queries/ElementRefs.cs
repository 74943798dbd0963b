using SdgMap.Graph;

namespace SdgMap.Tests.Queries;

/// <summary>Element references as the codes tests compare them by.</summary>
internal static class ElementRefs
{
    public static string[] Codes(this IEnumerable<ElementRef> elements) => [.. elements.Select(e => e.Code)];

    public static string[] QualifiedCodes(this IEnumerable<ElementRef> elements) => [.. elements.Select(e => e.QualifiedCode)];
}
