using SdgMap.Catalog;
using SdgMap.Export;
using SdgMap.Graph;
using SdgMap.Model;

namespace SdgMap.Tests.Export;

public class PlanDiagramTests
{
    private static readonly PlanGraph Graph = PlanGraph.Build([new Plan
    {
        Id = "d",
        Municipality = new Municipality { Name = "市" },
        Title = "t",
        Levels = [new PlanLevel { Name = "政策" }, new PlanLevel { Name = "施策" }],
        Elements =
        [
            new PlanElement { Id = "1", Level = "政策", Title = "<script>alert(\"x\")</script>" },
            new PlanElement { Id = "1-1", Code = "１－１", Level = "施策", Title = "医療\u0007", Parent = "1", Sdg = [SdgId.Parse("3.8")], Suggested = new SuggestedLinks { Sdg = [new SuggestedSdgLink { Id = SdgId.Parse("1.3") }] } },
            new PlanElement { Id = "2", Level = "政策", Title = "活力 & #1" },
        ],
    }]);

    [Fact]
    public void Dot_EscapesLabels_AndColoursGoals()
    {
        var dot = PlanDiagram.ToDot(Graph, "d");
        Assert.Contains("label=\"1 <script>alert(\\\"x\\\")</script>\"", dot, StringComparison.Ordinal);
        Assert.Contains("fillcolor=\"#4C9F38\", label=\"SDG 3.8\"", dot, StringComparison.Ordinal);
        Assert.Contains("e0 -> e1;", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_EscapesMarkup()
    {
        var mermaid = PlanDiagram.ToMermaid(Graph, "d");
        Assert.Contains("e0[\"1 #lt;script#gt;alert(#quot;x#quot;)#lt;/script#gt;\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("e2[\"2 活力 #amp; #35;1\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("classDef goal3 fill:#4C9F38", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagram_OfOneElement_DrawsItsSubtreeOnly()
    {
        var dot = PlanDiagram.ToDot(Graph, "d", new ElementNode("d", "1-1"));
        Assert.DoesNotContain("活力", dot, StringComparison.Ordinal);
        Assert.Contains("1-1 医療", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLd_NamesSdgsByUnUris_AndEscapesHtml()
    {
        var jsonld = PlanLinkedData.Write(Graph, "d");
        Assert.Contains("\"http://metadata.un.org/sdg/3.8\"", jsonld, StringComparison.Ordinal);
        Assert.Contains("\"suggestedSubject\": [\n        \"http://metadata.un.org/sdg/1.3\"", jsonld, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", jsonld, StringComparison.Ordinal);
        using var parsed = System.Text.Json.JsonDocument.Parse(jsonld);
        Assert.Equal(4, parsed.RootElement.GetProperty("@graph").GetArrayLength());
    }

    [Fact]
    public void JsonLd_WritesJapaneseAsCharacters_AndStillEscapesMarkup()
    {
        var jsonld = PlanLinkedData.Write(Graph, "d");
        Assert.Contains("\"@value\": \"活力 \\u0026 #1\"", jsonld, StringComparison.Ordinal);
        Assert.Contains("\"@value\": \"市\"", jsonld, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", jsonld, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u6D3B", jsonld, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('&', jsonld);
        using var parsed = System.Text.Json.JsonDocument.Parse(jsonld);
        var labels = parsed.RootElement.GetProperty("@graph").EnumerateArray()
            .Where(n => n.TryGetProperty("skos:prefLabel", out _))
            .Select(n => n.GetProperty("skos:prefLabel").GetProperty("@value").GetString())
            .ToList();
        Assert.Contains("活力 & #1", labels);
        Assert.Contains("<script>alert(\"x\")</script>", labels);
    }
}
