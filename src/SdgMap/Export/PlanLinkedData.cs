using System.Text;
using System.Text.Json;
using SdgMap.Graph;
using SdgMap.Serialization;

namespace SdgMap.Export;

/// <summary>
/// Writes a plan as JSON-LD that names SDG goals and targets by the UN's SDG knowledge
/// organisation system URIs (<c>http://metadata.un.org/sdg/16.6</c>), so it can be joined with
/// the UN's SDG knowledge graph.
/// </summary>
/// <remarks>
/// Elements are <c>skos:Concept</c>s under their parent (<c>skos:broader</c>), titled with
/// <c>skos:prefLabel</c> in Japanese, with <c>dcterms:subject</c> for each declared SDG link and
/// <c>sdgmap:suggestedSubject</c> for suggested ones. Element URIs are relative to a base URI the caller chooses.
/// Text is written as characters, Japanese included (UTF-8), escaping only what JSON requires,
/// invisible characters, and <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> (so the document can sit in an
/// HTML <c>&lt;script&gt;</c> element).
/// </remarks>
public static class PlanLinkedData
{
    /// <summary>Context terms whose values are IRIs, not strings.</summary>
    private static readonly (string Term, string Iri)[] IdTerms =
        [("subject", "dcterms:subject"), ("suggestedSubject", "sdgmap:suggestedSubject"), ("broader", "skos:broader"), ("inScheme", "skos:inScheme")];

    /// <summary>The UN's base for SDG goal and target URIs.</summary>
    public const string UnSdgBase = "http://metadata.un.org/sdg/";

    /// <summary>The plan as a JSON-LD document.</summary>
    public static string Write(PlanGraph graph, string planId, string baseUri = "urn:sdgmap:")
    {
        ArgumentNullException.ThrowIfNull(graph);
        var plan = graph.Plan(planId);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = PlanTextEncoder.Markup, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteStartObject("@context");
            json.WriteString("skos", "http://www.w3.org/2004/02/skos/core#");
            json.WriteString("dcterms", "http://purl.org/dc/terms/");
            json.WriteString("sdgmap", "urn:sdgmap:vocabulary:");
            json.WriteString("@base", baseUri);
            foreach (var (term, iri) in IdTerms)
            {
                json.WriteStartObject(term);
                json.WriteString("@id", iri);
                json.WriteString("@type", "@id");
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("@graph");

            json.WriteStartObject();
            json.WriteString("@id", Encode(plan.Id));
            json.WriteString("@type", "skos:ConceptScheme");
            WriteLabel(json, "dcterms:title", plan.Title);
            WriteLabel(json, "dcterms:creator", plan.Municipality.Name);
            json.WriteEndObject();

            foreach (var node in graph.Elements(planId).Distinct())
            {
                var element = graph.Element(node);
                json.WriteStartObject();
                json.WriteString("@id", $"{Encode(plan.Id)}/{Encode(element.Id)}");
                json.WriteString("@type", "skos:Concept");
                json.WriteString("inScheme", Encode(plan.Id));
                if (element.Title is not null)
                {
                    WriteLabel(json, "skos:prefLabel", element.Title);
                }

                if (element.NormalizedCode is { } code)
                {
                    json.WriteString("skos:notation", code);
                }

                if (graph.ParentOf(node) is { } parent)
                {
                    json.WriteString("broader", $"{Encode(plan.Id)}/{Encode(parent.ElementId)}");
                }

                WriteSubjects(json, "subject", element.Sdg.Select(s => s.ToString()));
                WriteSubjects(json, "suggestedSubject", element.Suggested?.Sdg.Select(s => s.Id.ToString()) ?? []);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteSubjects(Utf8JsonWriter json, string name, IEnumerable<string> ids)
    {
        var list = ids.Distinct().ToList();
        if (list.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var id in list)
        {
            json.WriteStringValue(UnSdgBase + id);
        }

        json.WriteEndArray();
    }

    private static void WriteLabel(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("@value", DiagramScope.Clean(text));
        json.WriteString("@language", "ja");
        json.WriteEndObject();
    }

    private static string Encode(string id) => Uri.EscapeDataString(id);
}
