using System.Text;
using System.Text.Json;
using SdgMap.Validation;

namespace SdgMap.Cli.Output;

/// <summary>Writes validation findings as a SARIF 2.1.0 log, the format code-scanning services read.</summary>
internal static class SarifWriter
{
    public static void Write(IReadOnlyList<PlanDiagnostic> findings, TextWriter output)
    {
        var rules = ValidationRules.All;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = SdgMap.Serialization.PlanJson.TextEncoder, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "sdgmap");
            json.WriteString("semanticVersion", typeof(PlanValidator).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Name);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Description);
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var finding in findings)
            {
                WriteResult(json, finding, rules.ToList().FindIndex(r => r.Id == finding.Rule));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    private static void WriteResult(Utf8JsonWriter json, PlanDiagnostic finding, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule);
        if (ruleIndex >= 0)
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        if (finding.File is not null)
        {
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", Uri(finding.File));
            json.WriteEndObject();
            if (finding.Line is { } line)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", line);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("name", finding.Code ?? finding.Element ?? finding.Plan);
        json.WriteString("fullyQualifiedName", finding.Element is null ? finding.Plan : $"{finding.Plan}/{finding.Element}");
        json.WriteString("kind", finding.Element is null ? "module" : "member");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Relative paths stay relative (code scanning resolves them against the checkout); absolute ones become file URIs.</summary>
    /// <summary>
    /// A file's path as a URI: each segment percent-encoded, so that a name holding <c>%41</c> stays
    /// <c>%2541</c> (new Uri(path) decoded it to <c>A</c>, naming another file); rooted paths as <c>file:///…</c>.
    /// </summary>
    private static string Uri(string path)
    {
        var segments = string.Join('/', path.Split(Path.DirectorySeparatorChar, '/').Select(System.Uri.EscapeDataString));
        return Path.IsPathRooted(path) ? $"file://{(segments.StartsWith('/') ? string.Empty : "/")}{segments}" : segments;
    }
}
