using SdgMap.Graph;

namespace SdgMap.Export;

/// <summary>Writes one plan of a graph in one format (a table, a diagram, linked data). Register more with <see cref="PlanExporters"/>.</summary>
public interface IPlanExporter
{
    /// <summary>The format's name as users type it (<c>--to csv</c>), lower case.</summary>
    string Format { get; }

    /// <summary>The file name extension for the output, lower case with the dot (<c>.csv</c>).</summary>
    string Extension { get; }

    /// <summary>What the output is, in a few words, for help text.</summary>
    string Description { get; }

    /// <summary>Writes the plan <see cref="ExportOptions.PlanId"/> of <paramref name="graph"/>.</summary>
    /// <remarks>An unknown plan id or element is refused as <see cref="PlanGraph.Plan(string)"/> refuses it.</remarks>
    void Write(PlanGraph graph, TextWriter output, ExportOptions options);
}
