using SdgMap.Graph;
using SdgMap.Resources;
using SdgMap.Serialization;

namespace SdgMap.Export;

/// <summary>
/// The exporters SdgMap knows, by format name: <c>csv</c> (the flat table), <c>dot</c> and
/// <c>mermaid</c> (diagrams) and <c>jsonld</c> (linked data), plus any added with the constructor.
/// The command line's <c>export --to</c> takes its names and help from here.
/// </summary>
public sealed class PlanExporters
{
    /// <summary>Only the built-in exporters.</summary>
    public PlanExporters()
        : this([])
    {
    }

    /// <summary>The built-in exporters and <paramref name="extra"/>.</summary>
    /// <exception cref="ArgumentException">Two exporters have one format name.</exception>
    public PlanExporters(IEnumerable<IPlanExporter> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        All = [new Exporter("csv", ".csv", () => Messages.ExporterCsv, (g, o, x) => PlanCsv.Write(g.Plan(x.PlanId), o)),
            new Exporter("dot", ".dot", () => Messages.ExporterDot, (g, o, x) => o.Write(PlanDiagram.ToDot(g, x.PlanId, x.Element))),
            new Exporter("mermaid", ".mmd", () => Messages.ExporterMermaid, (g, o, x) => o.Write(PlanDiagram.ToMermaid(g, x.PlanId, x.Element))),
            new Exporter("jsonld", ".jsonld", () => Messages.ExporterJsonLd, (g, o, x) => o.Write(PlanLinkedData.Write(g, x.PlanId, x.BaseUri))),
            .. extra];
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var exporter in All)
        {
            ArgumentNullException.ThrowIfNull(exporter, nameof(extra));
            if (!names.Add(exporter.Format))
            {
                throw new ArgumentException($"two exporters are named '{exporter.Format}'.", nameof(extra));
            }
        }
    }

    /// <summary>The built-in exporters.</summary>
    public static PlanExporters Default { get; } = new();

    /// <summary>Every exporter, built-in first.</summary>
    public IReadOnlyList<IPlanExporter> All { get; }

    /// <summary>The format names for a message: <c>csv, dot, mermaid or jsonld</c>.</summary>
    public string Names => All.Count == 1 ? All[0].Format : $"{string.Join(", ", All.SkipLast(1).Select(e => e.Format))} or {All[^1].Format}";

    /// <summary>The exporter of a format name (ignoring case).</summary>
    /// <exception cref="ArgumentException">No exporter has that name; the message lists the names there are.</exception>
    public IPlanExporter For(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return All.FirstOrDefault(e => string.Equals(e.Format, format, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException(Localized.Format(Messages.NotAnExportFormat, format, Names), nameof(format));
    }

    /// <summary>A built-in exporter: the formats' own classes do the writing.</summary>
    // The description is looked up when read, so that it is in the UI culture of the moment.
    private sealed class Exporter(string format, string extension, Func<string> description, Action<PlanGraph, TextWriter, ExportOptions> write) : IPlanExporter
    {
        public string Format => format;

        public string Extension => extension;

        public string Description => description();

        public void Write(PlanGraph graph, TextWriter output, ExportOptions options)
        {
            ArgumentNullException.ThrowIfNull(graph);
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(options);
            write(graph, output, options);
        }
    }
}
