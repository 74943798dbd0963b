using System.Globalization;
using System.Text;
using System.Text.Json;
using SdgMap.Cli.Resources;
using SdgMap.Validation;

namespace SdgMap.Cli.Output;

/// <summary>
/// Writes validation findings as a SARIF 2.1.0 log that GitHub code scanning accepts: every rule
/// with its full description and help (text and Markdown), the tool's information URI, file
/// locations relative to <c>%SRCROOT%</c> (the checkout) and a stable fingerprint per result.
/// </summary>
/// <remarks>
/// The log passes <c>sarif-multitool validate --rule-kind "Sarif;Gh"</c> (5.7.0) without errors
/// or warnings. Its remaining notes are kept deliberately: rule names stay kebab-case (they are
/// what configurations name), messages are plain text rather than ids with arguments, and no
/// snippets or version-control details are written (the upload step adds the commit).
/// </remarks>
internal static class SarifWriter
{
    /// <summary>Where a reader learns about the tool and its rules: the package's page, which shows README.md.</summary>
    public const string InformationUri = "https://www.nuget.org/packages/SdgMap.Cli";

    public static void Write(IReadOnlyList<ReportedFinding> findings, SourceRoot root, TextWriter output)
    {
        var rules = ValidationRules.All;
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = SdgMap.Serialization.PlanJson.TextEncoder, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            if (Language() is { } language)
            {
                json.WriteString("language", language);
            }

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "sdgmap");
            json.WriteString("semanticVersion", typeof(PlanValidator).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            json.WriteString("informationUri", InformationUri);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot.BaseId);
            json.WriteString("uri", root.Uri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var finding in findings)
            {
                WriteResult(json, finding, root, ruleIndex.TryGetValue(finding.Diagnostic.Rule, out var index) ? index : -1);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    /// <summary>The run's language (RFC 5646) when its texts are not SARIF's default en-US: rule descriptions, help and messages follow the UI culture.</summary>
    private static string? Language() =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? "ja-JP" : null;

    private static void WriteRule(Utf8JsonWriter json, ValidationRule rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Description);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", rule.Help.Length == 0 ? rule.Description : $"{rule.Description} {PlainText(rule.Help)}");
        json.WriteEndObject();
        json.WriteString("helpUri", InformationUri);
        json.WriteStartObject("help");
        json.WriteString("text", HelpText(rule));
        json.WriteString("markdown", HelpMarkdown(rule));
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The help as plain text: what the rule checks, how to resolve a finding, how to configure it.</summary>
    internal static string HelpText(ValidationRule rule) =>
        string.Join("\n\n", new[] { $"{rule.Id} {rule.Name}: {rule.Description}", PlainText(rule.Help), Configure(rule, code: false) }.Where(p => p.Length > 0));

    /// <summary>The help as Markdown.</summary>
    internal static string HelpMarkdown(ValidationRule rule) =>
        string.Join("\n\n", new[] { $"**{rule.Id} `{rule.Name}`** — {rule.Description}", rule.Help, Configure(rule, code: true) }.Where(p => p.Length > 0));

    private static string Configure(ValidationRule rule, bool code)
    {
        var example = $$"""{ "severities": { "{{rule.Name}}": "off" } }""";
        var quoted = code ? $"`{example}`" : example;
        return CliFormat.Format(CliText.SarifConfigure, rule.DefaultSeverity.ToString().ToLowerInvariant(), quoted);
    }

    private static string PlainText(string markdown) => markdown.Replace("`", string.Empty, StringComparison.Ordinal);

    private static void WriteResult(Utf8JsonWriter json, ReportedFinding reported, SourceRoot root, int ruleIndex)
    {
        var finding = reported.Diagnostic;
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule);
        if (ruleIndex >= 0)
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", MessageText(finding));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        if (finding.File is not null)
        {
            json.WriteStartObject("physicalLocation");
            WriteArtifactLocation(json, finding.File, root);
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
        WriteFixes(json, finding, root);
        json.WriteStartObject("partialFingerprints");
        json.WriteString(Fingerprints.Key, reported.Fingerprint);
        json.WriteEndObject();
        if (reported.IsNew is { } isNew)
        {
            json.WriteString("baselineState", isNew ? "new" : "unchanged");
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// The message, and for each suggested fix a line <c>suggest: [11.5 防災・減災](1) (「避難所」)</c>
    /// whose link names the related location where its evidence stands. Brackets of the plan's own
    /// text are escaped (<c>\[</c>), as SARIF's embedded links require.
    /// </summary>
    private static string MessageText(PlanDiagnostic finding)
    {
        if (finding.Fixes.Count == 0)
        {
            return finding.Message; // no embedded link, so brackets read as themselves
        }

        var text = new StringBuilder(EscapeBrackets(finding.Message));
        for (var i = 0; i < finding.Fixes.Count; i++)
        {
            var fix = finding.Fixes[i];
            var label = fix.Label is null ? fix.Sdg.ToString() : $"{fix.Sdg} {fix.Label}";
            var evidence = fix.Evidence.Count == 0 ? string.Empty : $" ({string.Concat(fix.Evidence.Select(e => $"「{e}」"))})";
            text.Append('\n').Append(CliText.SarifSuggest).Append(": [").Append(EscapeBrackets(label)).Append("](").Append(i + 1).Append(')').Append(EscapeBrackets(evidence));
        }

        return text.ToString();
    }

    private static string EscapeBrackets(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);

    /// <summary>
    /// Each suggested fix as a related location (id 1, 2, …) at the line of its evidence. SARIF's
    /// own <c>fixes</c> are not written: each needs the exact edit (a replaced region of the file),
    /// which belongs to the mode that writes suggestions into the plan files.
    /// </summary>
    private static void WriteFixes(Utf8JsonWriter json, PlanDiagnostic finding, SourceRoot root)
    {
        if (finding.Fixes.Count == 0)
        {
            return;
        }

        json.WriteStartArray("relatedLocations");
        for (var i = 0; i < finding.Fixes.Count; i++)
        {
            var fix = finding.Fixes[i];
            json.WriteStartObject();
            json.WriteNumber("id", i + 1);
            if (finding.File is not null)
            {
                json.WriteStartObject("physicalLocation");
                WriteArtifactLocation(json, finding.File, root);
                if ((fix.Line ?? finding.Line) is { } line)
                {
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", line);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteStartObject("message");
            json.WriteString("text", fix.ToString());
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteStartArray("suggestions");
        foreach (var fix in finding.Fixes)
        {
            json.WriteStartObject();
            json.WriteString("sdg", fix.Sdg.ToString());
            if (fix.Label is not null)
            {
                json.WriteString("label", fix.Label);
            }

            json.WriteStartArray("evidence");
            foreach (var evidence in fix.Evidence)
            {
                json.WriteStringValue(evidence);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A file under the root as a relative URI with <c>uriBaseId</c>; any other as an absolute <c>file:</c> URI.</summary>
    private static void WriteArtifactLocation(Utf8JsonWriter json, string file, SourceRoot root)
    {
        json.WriteStartObject("artifactLocation");
        if (root.RelativeUri(file) is { } relative)
        {
            json.WriteString("uri", relative);
            json.WriteString("uriBaseId", SourceRoot.BaseId);
        }
        else
        {
            json.WriteString("uri", SourceRoot.FileUri(file));
        }

        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
