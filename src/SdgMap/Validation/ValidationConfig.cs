using System.Text.Json;
using SdgMap.Serialization;

namespace SdgMap.Validation;

/// <summary>
/// Reads validation settings from a small JSON file:
/// <c>{ "requireSdgAt": "施策", "severities": { "SDG014": "off", "title-variant": "error" } }</c>.
/// Severities are <c>error</c>, <c>warning</c>, <c>info</c> or <c>off</c>, keyed by rule id or name.
/// </summary>
public static class ValidationConfig
{
    /// <summary>Reads a configuration file.</summary>
    /// <exception cref="PlanInputException">The file cannot be read, is not JSON of that shape, or names an unknown rule or severity; the message names the file and the key.</exception>
    public static ValidationOptions Load(string path)
    {
        var bytes = InputFile.ReadAllBytes(path, "configuration", PlanLimits.Default.MaxFileBytes);
        if (PlanJson.WideEncoding(bytes) is { } wide)
        {
            throw new PlanInputException($"the configuration is {wide}; configurations are UTF-8. Save it as UTF-8 and try again.", path, 1);
        }

        try
        {
            return Parse(new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF'), path);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new PlanInputException($"the configuration is not valid UTF-8 (byte offset {e.Index}); save it as UTF-8.", path, innerException: e);
        }
    }

    /// <summary>Reads a configuration from JSON text.</summary>
    /// <exception cref="PlanInputException">The text is not a valid configuration.</exception>
    public static ValidationOptions Parse(string json, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new PlanInputException(PlanJson.Describe(e), path, (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1, e.Path, e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new PlanInputException("expected an object such as { \"severities\": { \"SDG014\": \"off\" } }.", path, path: "$");
            }

            string? requireSdgAt = null;
            var severities = new Dictionary<string, Severity?>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "requireSdgAt" when property.Value.ValueKind is JsonValueKind.String:
                        requireSdgAt = property.Value.GetString();
                        if (string.IsNullOrWhiteSpace(requireSdgAt))
                        {
                            throw new PlanInputException("requireSdgAt is empty; give a level name (\"施策\") or a depth (2), or leave it out.", path, path: "$.requireSdgAt");
                        }

                        break;
                    case "requireSdgAt" when property.Value.ValueKind is JsonValueKind.Number:
                        requireSdgAt = property.Value.TryGetInt32(out var depth) && depth >= 1
                            ? depth.ToString(System.Globalization.CultureInfo.InvariantCulture)
                            : throw new PlanInputException($"requireSdgAt {property.Value.GetRawText()} is not a depth: depths are whole numbers from 1 (the top level).", path, path: "$.requireSdgAt");
                        break;
                    case "severities" when property.Value.ValueKind == JsonValueKind.Object:
                        var byRule = new Dictionary<string, (string Key, Severity? Severity)>(StringComparer.Ordinal);
                        foreach (var rule in property.Value.EnumerateObject())
                        {
                            var id = CheckRule(rule.Name, path);
                            var severity = ParseSeverity(rule, path);
                            if (byRule.TryGetValue(id, out var earlier) && earlier.Severity != severity)
                            {
                                throw new PlanInputException($"rule {id} is given two severities: '{earlier.Key}' says {Name(earlier.Severity)}, '{rule.Name}' says {Name(severity)}; keep one.", path, path: $"$.severities.{rule.Name}");
                            }

                            byRule[id] = (rule.Name, severity);
                            severities[rule.Name] = severity;
                        }

                        break;
                    default:
                        throw new PlanInputException($"unexpected '{property.Name}' ({property.Value.ValueKind}); expected \"requireSdgAt\" (a level name or depth) and \"severities\" (an object).", path, path: $"$.{property.Name}");
                }
            }

            return new ValidationOptions { RequireSdgAt = requireSdgAt, Severities = severities };
        }
    }

    /// <summary>The id of the rule <paramref name="name"/> names by id or by name.</summary>
    private static string CheckRule(string name, string? path) =>
        ValidationRules.All.FirstOrDefault(r => r.Id == name || r.Name == name)?.Id
            ?? throw new PlanInputException($"no rule '{name}'; the rules are {string.Join(", ", ValidationRules.All.Select(r => $"{r.Id} ({r.Name})"))}.", path, path: $"$.severities.{name}");

    private static string Name(Severity? severity) => severity?.ToString().ToLowerInvariant() ?? "off";

    private static Severity? ParseSeverity(JsonProperty rule, string? path) => rule.Value.ValueKind == JsonValueKind.String
        ? rule.Value.GetString() switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            "off" => null,
            var other => throw new PlanInputException($"severity '{other}' is not error, warning, info or off.", path, path: $"$.severities.{rule.Name}"),
        }
        : throw new PlanInputException("a severity is a string: error, warning, info or off.", path, path: $"$.severities.{rule.Name}");
}
