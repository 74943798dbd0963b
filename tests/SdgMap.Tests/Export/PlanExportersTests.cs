using SdgMap.Export;
using SdgMap.Graph;
using SdgMap.Samples;
using SdgMap.Serialization;
using Xunit;

namespace SdgMap.Tests.Export;

public class PlanExportersTests
{
    private static readonly PlanGraph Graph = PlanGraph.Build(SamplePlans.Load());

    private static string PlanId => Graph.Plans[0].Id;

    private static string Export(string format, ExportOptions options)
    {
        using var output = new StringWriter();
        PlanExporters.Default.For(format).Write(Graph, output, options);
        return output.ToString();
    }

    [Fact]
    public void Default_HasTheFourFormatsWithDistinctExtensions()
    {
        Assert.Equal(["csv", "dot", "mermaid", "jsonld"], PlanExporters.Default.All.Select(e => e.Format));
        Assert.Equal(4, PlanExporters.Default.All.Select(e => e.Extension).Distinct().Count());
        Assert.Equal("csv, dot, mermaid or jsonld", PlanExporters.Default.Names);
    }

    [Fact]
    public void For_UnknownFormat_ThrowsListingTheFormats()
    {
        var e = Assert.Throws<ArgumentException>(() => PlanExporters.Default.For("pdf"));
        Assert.Contains("'pdf'", e.Message, StringComparison.Ordinal);
        Assert.Contains("csv, dot, mermaid or jsonld", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_WritesWhatPlanCsvWrites()
    {
        using var expected = new StringWriter();
        PlanCsv.Write(Graph.Plan(PlanId), expected);
        Assert.Equal(expected.ToString(), Export("csv", new ExportOptions { PlanId = PlanId }));
    }

    [Fact]
    public void Dot_WithElement_DrawsThatSubtreeAsPlanDiagramDoes()
    {
        var root = Graph.RootsOf(PlanId)[0];
        Assert.Equal(PlanDiagram.ToDot(Graph, PlanId, root), Export("dot", new ExportOptions { PlanId = PlanId, Element = root }));
        Assert.Equal(PlanDiagram.ToMermaid(Graph, PlanId), Export("mermaid", new ExportOptions { PlanId = PlanId }));
    }

    [Fact]
    public void JsonLd_UsesTheBaseUri()
    {
        var written = Export("jsonld", new ExportOptions { PlanId = PlanId, BaseUri = "https://example.org/plans/" });
        Assert.Equal(PlanLinkedData.Write(Graph, PlanId, "https://example.org/plans/"), written);
    }

    [Fact]
    public void Constructor_TwoExportersWithOneName_Throws() =>
        Assert.Throws<ArgumentException>(() => new PlanExporters([PlanExporters.Default.All[0]]));
}
