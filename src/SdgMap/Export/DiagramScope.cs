using SdgMap.Graph;

namespace SdgMap.Export;

/// <summary>The part of a plan a diagram draws: its elements (all, or one element's subtree) and the SDG goals and targets they link to.</summary>
internal static class DiagramScope
{
    /// <summary>
    /// Each element once, with its parent (none for the root of a subtree). Once even when the plan
    /// repeats an id or its parents form a cycle: the validator reports those, a diagram still draws.
    /// </summary>
    public static List<(ElementNode Node, ElementNode? Parent)> Elements(PlanGraph graph, string planId, ElementNode? root)
    {
        var nodes = (root is null ? graph.Elements(planId) : graph.DescendantsOf(root).Prepend(root)).Distinct();
        return [.. nodes.Select(n => (n, n == root ? null : graph.ParentOf(n)))];
    }

    /// <summary>Text with control characters (other than line breaks) and lone surrogates replaced, safe in any output.</summary>
    public static string Clean(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var lone = char.IsHighSurrogate(chars[i]) ? i + 1 >= chars.Length || !char.IsLowSurrogate(chars[i + 1])
                : char.IsLowSurrogate(chars[i]) && (i == 0 || !char.IsHighSurrogate(chars[i - 1]));
            if (lone || (char.IsControl(chars[i]) && chars[i] != '\n'))
            {
                chars[i] = lone ? '\uFFFD' : ' ';
            }
        }

        return new string(chars);
    }
}
