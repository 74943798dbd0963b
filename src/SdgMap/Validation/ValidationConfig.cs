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
        return Parse(System.Text.Encoding.UTF8.GetString(InputFile.ReadAllBytes(path, "configuration", PlanLimits.Default.MaxFileBytes)).TrimStart('\uFEFF'), path);
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
                    case "requireSdgAt" when property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number:
                        requireSdgAt = property.Value.ToString();
                        break;
                    case "severities" when property.Value.ValueKind == JsonValueKind.Object:
                        foreach (var rule in property.Value.EnumerateObject())
                        {
                            severities[CheckRule(rule.Name, path)] = ParseSeverity(rule, path);
                        }

                        break;
                    default:
                        throw new PlanInputException($"unexpected '{property.Name}' ({property.Value.ValueKind}); expected \"requireSdgAt\" (a level name or depth) and \"severities\" (an object).", path, path: $"$.{property.Name}");
                }
            }

            return new ValidationOptions { RequireSdgAt = requireSdgAt, Severities = severities };
        }
    }

    private static string CheckRule(string name, string? path) =>
        ValidationRules.All.Any(r => r.Id == name || r.Name == name)
            ? name
            : throw new PlanInputException($"no rule '{name}'; run 'sdgmap rules' for the list.", path, path: $"$.severities.{name}");

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
