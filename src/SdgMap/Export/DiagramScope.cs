using SdgMap.Graph;
using SdgMap.Text;

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
    public static string Clean(string text) =>
        SafeText.Clean(text, IsUnsafe, static (b, c) => b.Append(IsUnsafe(c) ? ' ' : c), SafeText.Replace);

    private static bool IsUnsafe(char c) => char.IsControl(c) && c != '\n';
}
