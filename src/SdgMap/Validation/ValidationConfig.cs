using System.Text.Json;
using SdgMap.Resources;
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
        var bytes = InputFile.ReadAllBytes(path, Messages.WhatConfiguration, PlanLimits.Default.MaxFileBytes);
        if (PlanJson.WideEncoding(bytes) is { } wide)
        {
            throw new PlanInputException(Localized.Format(Messages.WideConfiguration, wide), path, 1);
        }

        try
        {
            return Parse(new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF'), path);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new PlanInputException(Localized.Format(Messages.ConfigurationNotUtf8, e.Index), path, innerException: e);
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
                throw new PlanInputException(Messages.ConfigurationNotObject, path, path: "$");
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
                            throw new PlanInputException(Messages.RequireSdgAtEmpty, path, path: "$.requireSdgAt");
                        }

                        break;
                    case "requireSdgAt" when property.Value.ValueKind is JsonValueKind.Number:
                        requireSdgAt = property.Value.TryGetInt32(out var depth) && depth >= 1
                            ? depth.ToString(System.Globalization.CultureInfo.InvariantCulture)
                            : throw new PlanInputException(Localized.Format(Messages.RequireSdgAtNotDepth, property.Value.GetRawText()), path, path: "$.requireSdgAt");
                        break;
                    case "severities" when property.Value.ValueKind == JsonValueKind.Object:
                        var byRule = new Dictionary<string, (string Key, Severity? Severity)>(StringComparer.Ordinal);
                        foreach (var rule in property.Value.EnumerateObject())
                        {
                            var id = CheckRule(rule.Name, path);
                            var severity = ParseSeverity(rule, path);
                            if (byRule.TryGetValue(id, out var earlier) && earlier.Severity != severity)
                            {
                                throw new PlanInputException(Localized.Format(Messages.ConfigurationTwoSeverities, id, earlier.Key, Name(earlier.Severity), rule.Name, Name(severity)), path, path: $"$.severities.{rule.Name}");
                            }

                            byRule[id] = (rule.Name, severity);
                            severities[rule.Name] = severity;
                        }

                        break;
                    default:
                        throw new PlanInputException(Localized.Format(Messages.ConfigurationUnexpected, property.Name, property.Value.ValueKind), path, path: $"$.{property.Name}");
                }
            }

            return new ValidationOptions { RequireSdgAt = requireSdgAt, Severities = severities };
        }
    }

    /// <summary>The id of the rule <paramref name="name"/> names by id or by name.</summary>
    private static string CheckRule(string name, string? path) =>
        ValidationRules.All.FirstOrDefault(r => r.Id == name || r.Name == name)?.Id
            ?? throw new PlanInputException(Localized.Format(Messages.NoRule, name, string.Join(", ", ValidationRules.All.Select(r => $"{r.Id} ({r.Name})"))), path, path: $"$.severities.{name}");

    private static string Name(Severity? severity) => severity?.ToString().ToLowerInvariant() ?? "off";

    private static Severity? ParseSeverity(JsonProperty rule, string? path) => rule.Value.ValueKind == JsonValueKind.String
        ? rule.Value.GetString() switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            "off" => null,
            var other => throw new PlanInputException(Localized.Format(Messages.SeverityUnknown, other), path, path: $"$.severities.{rule.Name}"),
        }
        : throw new PlanInputException(Messages.SeverityNotString, path, path: $"$.severities.{rule.Name}");
}
