using System.Text.Json;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Serialization;

namespace SdgMap.Cli.Commands;

/// <summary>
/// The findings of an earlier <c>validate</c> run, by fingerprint, for <c>validate --baseline</c>:
/// its SARIF (<c>partialFingerprints</c>) or its JSON (<c>fingerprint</c>, or for JSON written
/// before fingerprints existed, rule, file, plan and element, from which the same fingerprint is
/// computed). A finding of this run is new when its fingerprint is not among them.
/// </summary>
internal sealed class Baseline
{
    /// <summary>A baseline larger than this is refused rather than read into memory.</summary>
    private const long MaxBytes = 512L * 1024 * 1024;

    private readonly HashSet<string> _fingerprints;

    private Baseline(HashSet<string> fingerprints) => _fingerprints = fingerprints;

    /// <summary>How many findings the baseline holds.</summary>
    public int Count => _fingerprints.Count;

    public bool Contains(string fingerprint) => _fingerprints.Contains(fingerprint);

    /// <summary>Reads a baseline; anything that is not a readable sdgmap SARIF or JSON output is a <see cref="PlanInputException"/> naming the file.</summary>
    public static Baseline Load(string path, SourceRoot root)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                throw new PlanInputException(CliText.BaselineIsFolder, path);
            }

            if (new FileInfo(path).Length > MaxBytes)
            {
                throw new PlanInputException(CliFormat.Format(CliText.BaselineTooLarge, MaxBytes / (1024 * 1024)), path);
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PlanInputException(CliFormat.Format(CliText.BaselineUnreadable, e.Message), path, innerException: e);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes.AsMemory(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0));
        }
        catch (JsonException e)
        {
            throw new PlanInputException(CliText.BaselineNotJson, path, (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1, e.Path, e);
        }

        using (document)
        {
            var log = document.RootElement;
            if (log.ValueKind == JsonValueKind.Object && log.TryGetProperty("runs", out var runs) && runs.ValueKind == JsonValueKind.Array)
            {
                return new Baseline(FromSarif(runs, path));
            }

            if (log.ValueKind == JsonValueKind.Object && log.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array)
            {
                return new Baseline(FromJson(rows, path, root));
            }

            throw new PlanInputException(CliText.BaselineUnknownShape, path, path: "$");
        }
    }

    private static HashSet<string> FromSarif(JsonElement runs, string path)
    {
        var fingerprints = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < runs.GetArrayLength(); r++)
        {
            var run = runs[r];
            if (run.ValueKind != JsonValueKind.Object || !run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                throw new PlanInputException(CliText.BaselineRunWithoutResults, path, path: $"$.runs[{r}]");
            }

            var tool = run.TryGetProperty("tool", out var t) && t.TryGetProperty("driver", out var d) && d.TryGetProperty("name", out var n) ? n.GetString() : null;
            if (tool != "sdgmap")
            {
                throw new PlanInputException(tool is null ? CliText.BaselineByUnnamedTool : CliFormat.Format(CliText.BaselineByOtherTool, tool), path, path: $"$.runs[{r}].tool.driver.name");
            }

            for (var i = 0; i < results.GetArrayLength(); i++)
            {
                var result = results[i];
                if (result.ValueKind != JsonValueKind.Object
                    || !result.TryGetProperty("partialFingerprints", out var prints) || prints.ValueKind != JsonValueKind.Object
                    || !prints.TryGetProperty(Fingerprints.Key, out var print) || print.ValueKind != JsonValueKind.String)
                {
                    throw new PlanInputException(CliFormat.Format(CliText.BaselineResultWithoutFingerprint, i, Fingerprints.Key), path, path: $"$.runs[{r}].results[{i}]");
                }

                // A result the baseline already marks as fixed is not part of it.
                if (!(result.TryGetProperty("baselineState", out var state) && state.ValueKind == JsonValueKind.String && state.GetString() == "absent"))
                {
                    fingerprints.Add(print.GetString()!);
                }
            }
        }

        return fingerprints;
    }

    private static HashSet<string> FromJson(JsonElement rows, string path, SourceRoot root)
    {
        var fingerprints = new HashSet<string>(StringComparer.Ordinal);
        var computed = new List<(string Rule, string? File, string Plan, string? Element)>();
        for (var i = 0; i < rows.GetArrayLength(); i++)
        {
            var row = rows[i];
            if (row.ValueKind != JsonValueKind.Object)
            {
                throw new PlanInputException(CliText.BaselineRowNotObject, path, path: $"$.rows[{i}]");
            }

            if (row.TryGetProperty("fingerprint", out var print) && print.ValueKind == JsonValueKind.String)
            {
                fingerprints.Add(print.GetString()!);
                continue;
            }

            var rule = Text(row, "rule");
            var plan = Text(row, "plan");
            if (rule is null || plan is null)
            {
                throw new PlanInputException(CliText.BaselineRowUnknown, path, path: $"$.rows[{i}]");
            }

            computed.Add((rule, Text(row, "file") is { } file ? root.Identity(file) : null, plan, Text(row, "element")));
        }

        fingerprints.UnionWith(Fingerprints.Of(computed));
        return fingerprints;
    }

    private static string? Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
