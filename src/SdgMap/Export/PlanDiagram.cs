using System.Text;
using SdgMap.Graph;

namespace SdgMap.Export;

/// <summary>Draws a plan, or one element with everything under it, with its SDG links: as Graphviz DOT or as a Mermaid flowchart.</summary>
/// <remarks>Labels are escaped for their language; element titles are cut at 40 characters. Goals are filled with their official colours.</remarks>
public static class PlanDiagram
{
    private const int MaxTitle = 40;

    /// <summary>The plan (or <paramref name="root"/>'s subtree) as a Graphviz DOT digraph.</summary>
    public static string ToDot(PlanGraph graph, string planId, ElementNode? root = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var elements = DiagramScope.Elements(graph, planId, root);
        var ids = Ids(graph, elements);
        var dot = new StringBuilder();
        dot.Append("digraph \"").Append(Dot(planId)).Append("\" {\n  rankdir=LR;\n  node [shape=box, fontname=\"Noto Sans CJK JP\"];\n");
        foreach (var (node, parent) in elements)
        {
            dot.Append("  ").Append(ids[node]).Append(" [label=\"").Append(Dot(Label(graph, node))).Append("\"];\n");
            if (parent is not null && ids.TryGetValue(parent, out var parentId))
            {
                dot.Append("  ").Append(parentId).Append(" -> ").Append(ids[node]).Append(";\n");
            }
        }

        foreach (var (node, sdg) in SdgLinks(graph, elements))
        {
            var goal = graph.Catalog.Goal(sdg);
            dot.Append("  \"sdg").Append(sdg).Append("\" [shape=ellipse, style=filled, fontcolor=white, fillcolor=\"").Append(goal.Colour)
                .Append("\", label=\"SDG ").Append(sdg).Append("\"];\n");
            dot.Append("  ").Append(ids[node]).Append(" -> \"sdg").Append(sdg).Append("\" [style=dashed];\n");
        }

        return dot.Append("}\n").ToString();
    }

    /// <summary>The plan (or <paramref name="root"/>'s subtree) as a Mermaid flowchart.</summary>
    public static string ToMermaid(PlanGraph graph, string planId, ElementNode? root = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var elements = DiagramScope.Elements(graph, planId, root);
        var ids = Ids(graph, elements);
        var mermaid = new StringBuilder("flowchart LR\n");
        foreach (var (node, parent) in elements)
        {
            mermaid.Append("  ").Append(ids[node]).Append("[\"").Append(Mermaid(Label(graph, node))).Append("\"]\n");
            if (parent is not null && ids.TryGetValue(parent, out var parentId))
            {
                mermaid.Append("  ").Append(parentId).Append(" --> ").Append(ids[node]).Append('\n');
            }
        }

        var goals = new SortedSet<int>();
        foreach (var (node, sdg) in SdgLinks(graph, elements))
        {
            var id = "sdg_" + sdg.ToString().Replace('.', '_');
            mermaid.Append("  ").Append(id).Append("((\"SDG ").Append(sdg).Append("\"))\n");
            mermaid.Append("  ").Append(ids[node]).Append(" -.-> ").Append(id).Append('\n');
            mermaid.Append("  class ").Append(id).Append(" goal").Append(sdg.Goal).Append('\n');
            goals.Add(sdg.Goal);
        }

        foreach (var goal in goals)
        {
            mermaid.Append("  classDef goal").Append(goal).Append(" fill:").Append(graph.Catalog.Goals[goal - 1].Colour).Append(",color:#fff\n");
        }

        return mermaid.ToString();
    }

    private static Dictionary<ElementNode, string> Ids(PlanGraph graph, List<(ElementNode Node, ElementNode? Parent)> elements) =>
        elements.Select((e, i) => (e.Node, Id: $"e{i}")).ToDictionary(p => p.Node, p => p.Id);

    private static IEnumerable<(ElementNode Node, Catalog.SdgId Sdg)> SdgLinks(PlanGraph graph, List<(ElementNode Node, ElementNode? Parent)> elements) =>
        elements.SelectMany(e => graph.Element(e.Node).Sdg.Where(graph.Catalog.Contains).Distinct().Select(s => (e.Node, s)));

    private static string Label(PlanGraph graph, ElementNode node)
    {
        var element = graph.Element(node);
        var title = DiagramScope.Clean(element.DisplayTitle).ReplaceLineEndings(" ");
        if (title.Length > MaxTitle)
        {
            title = title[..(MaxTitle - 1)] + "…";
        }

        return $"{element.NormalizedCode ?? element.Id} {title}";
    }

    private static string Dot(string text) =>
        DiagramScope.Clean(text).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Mermaid reads <c>#name;</c> and <c>#code;</c> as entities inside quoted labels; markup characters become entities so a title cannot inject HTML.</summary>
    private static string Mermaid(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in DiagramScope.Clean(text))
        {
            builder.Append(c switch
            {
                '"' => "#quot;",
                '<' => "#lt;",
                '>' => "#gt;",
                '&' => "#amp;",
                '#' => "#35;",
                '\n' => " ",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
