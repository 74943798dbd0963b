using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SdgMap.Collections;
using SdgMap.Model;
using SdgMap.Resources;

namespace SdgMap.Serialization;

/// <summary>
/// Reads and writes plan files (format <c>sdgmap.plan/1</c>, documented in <c>data/schema/README.md</c>).
/// </summary>
/// <remarks>
/// Files are written as UTF-8 without BOM, indented by two spaces, with <c>\n</c> line ends, a
/// final line end, Japanese as characters (never <c>\uXXXX</c>), properties in a fixed order and
/// empty optional lists left out, so that the same plan always gives the same bytes. Reading
/// accepts a UTF-8 BOM, refuses UTF-16 and UTF-32 (naming them), unknown properties, duplicate
/// properties, <c>null</c> where a value is required or as a list item, lone surrogates, input
/// past a <see cref="PlanLimits"/> limit and any other format version, with a
/// <see cref="PlanInputException"/> naming the file, line and JSON path. A table (CSV, TSV) or a
/// workbook (a zip archive) given in place of a plan file is named as such, with a pointer to
/// <see cref="PlanCsv"/>, rather than reported as a JSON syntax error.
/// </remarks>
public static class PlanJson
{
    /// <summary>The earliest fiscal year the format allows (the schema's <c>year</c>).</summary>
    public const int MinYear = 1900;

    /// <summary>The latest fiscal year the format allows.</summary>
    public const int MaxYear = 2200;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static readonly JsonSerializerOptions Options = new(PlanJsonContext.Default.Options)
    {
        Encoder = PlanTextEncoder.Instance,
        TypeInfoResolver = PlanJsonContext.Default.WithAddedModifier(PlanJsonModel.Apply),
    };

    private static readonly JsonTypeInfo<Plan> PlanInfo = (JsonTypeInfo<Plan>)Options.GetTypeInfo(typeof(Plan));

    /// <summary>
    /// The encoder plan files are written with: it escapes only what JSON requires and invisible
    /// characters, so Japanese (the ideographic space included) stays readable. Use it for other
    /// JSON that people read.
    /// </summary>
    internal static System.Text.Encodings.Web.JavaScriptEncoder TextEncoder => PlanTextEncoder.Instance;

    /// <summary>An element's suggestions as one line of the plan format's JSON: what a table's <c>suggested</c> cell holds.</summary>
    internal static string SuggestedCell(SuggestedLinks suggested) =>
        JsonSerializer.Serialize(suggested, (JsonTypeInfo<SuggestedLinks>)CellOptions.GetTypeInfo(typeof(SuggestedLinks)));

    /// <summary>A table's <c>suggested</c> cell read back, checked as the plan format checks <c>suggested</c>.</summary>
    /// <exception cref="JsonException">The cell is not that JSON; the message says why, without .NET names.</exception>
    internal static SuggestedLinks ParseSuggestedCell(string cell)
    {
        try
        {
            return JsonSerializer.Deserialize(cell, (JsonTypeInfo<SuggestedLinks>)Options.GetTypeInfo(typeof(SuggestedLinks)))
                ?? throw new JsonException("null is not an object of suggestions.");
        }
        catch (JsonException e)
        {
            throw new JsonException(Describe(e), e);
        }
    }

    // Table cells hold the suggestions on one line.
    private static readonly JsonSerializerOptions CellOptions = new(Options) { WriteIndented = false };

    /// <summary>
    /// The converters the plan format uses for the model's values (<see cref="Catalog.SdgId"/>,
    /// <see cref="Tag"/>, and enums by their schema names), for JSON of your own that holds them.
    /// </summary>
    public static IReadOnlyList<System.Text.Json.Serialization.JsonConverter> Converters { get; } =
        [new SdgIdJsonConverter(), new TagJsonConverter(), new StrictEnumConverter<SdgMarks>(), new StrictEnumConverter<LostField>()];

    /// <summary>Adds <see cref="Converters"/> to <paramref name="options"/> (before they are first used), so your own JSON writes SDG ids and tags as the plan format does.</summary>
    /// <returns><paramref name="options"/>.</returns>
    public static JsonSerializerOptions AddConverters(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var converter in Converters)
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    /// <summary>Reads a plan file.</summary>
    /// <exception cref="PlanInputException">The file cannot be read, is larger than <see cref="PlanLimits.MaxFileBytes"/>, or is not a valid plan file; the message names the file and what is wrong.</exception>
    public static PlanDocument Load(string path, PlanLimits? limits = null)
    {
        limits ??= PlanLimits.Default;
        return Parse(InputFile.ReadAllBytes(path, Messages.WhatFile, limits.MaxFileBytes), path, limits);
    }

    /// <summary>Reads a plan from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The file's bytes (a UTF-8 BOM is allowed).</param>
    /// <param name="path">The file's name for messages and <see cref="PlanDocument.Path"/>; <see langword="null"/> for input from no file.</param>
    /// <exception cref="PlanInputException">The bytes are not a valid plan file.</exception>
    /// <param name="limits">The size limits; <see cref="PlanLimits.Default"/> when null.</param>
    public static PlanDocument Parse(ReadOnlySpan<byte> utf8Json, string? path = null, PlanLimits? limits = null) =>
        Parse(utf8Json, path, limits, byReference: false);

    /// <summary>
    /// Reads a plan: with <see cref="PlanJsonReader"/> first, and with the source-generated reader
    /// when it declines (or always, <paramref name="byReference"/>, for the tests that hold the two equal).
    /// </summary>
    internal static PlanDocument Parse(ReadOnlySpan<byte> utf8Json, string? path, PlanLimits? limits, bool byReference)
    {
        limits ??= PlanLimits.Default;
        if (utf8Json.Length > limits.MaxFileBytes)
        {
            throw new PlanInputException(Localized.Format(Messages.TooManyBytes, utf8Json.Length, limits.MaxFileBytes), path);
        }

        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        if (WideEncoding(utf8Json) is { } wide)
        {
            throw new PlanInputException(Localized.Format(Messages.WidePlanFile, wide), path, 1);
        }

        if (utf8Json.IsEmpty || utf8Json.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new PlanInputException(Messages.EmptyPlanFile, path);
        }

        var info = limits.MaxDepth == PlanLimits.Default.MaxDepth ? PlanInfo : InfoWithDepth(limits.MaxDepth);
        // The fast reader checks strings against the default limit, so it serves any limit no tighter;
        // when it reads the file it also gives the element lines, and the file is tokenised once.
        int[]? lines = null;
        var plan = byReference || limits.MaxStringBytes < PlanLimits.Default.MaxStringBytes ? null : PlanJsonReader.TryRead(utf8Json, limits.MaxDepth, out lines);
        if (plan is null)
        {
            lines = null;
        }

        try
        {
            plan ??= JsonSerializer.Deserialize(utf8Json, info);
        }
        catch (JsonException e) when (NotJsonHint(utf8Json, path) is { } hint)
        {
            throw new PlanInputException(hint, path, 1, innerException: e);
        }
        catch (JsonException e)
        {
            var described = e.InnerException is InvalidOperationException { Message: var inner } && inner.Contains("invalid UTF-8", StringComparison.Ordinal)
                ? InvalidUtf8(utf8Json)
                : JsonErrorText.Describe(e, utf8Json, info, limits.MaxDepth) ?? Describe(e);
            throw new PlanInputException(described, path, (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1, e.Path, e)
            {
                ElementId = ElementIndex(e.Path) is { } index ? ElementIdAt(utf8Json, index, limits.MaxDepth) : null,
            };
        }

        if (plan is null)
        {
            throw new PlanInputException(Messages.PlanIsNull, path, 1, path: "$");
        }

        // A missing "format" reaches here as null: the source-generated reader leaves an absent init-only
        // property at null instead of running its initialiser. The format is required (data/schema/README.md).
        if (plan.Format is null)
        {
            throw new PlanInputException(Localized.Format(Messages.PlanWithoutFormat, Plan.CurrentFormat), path, path: "$");
        }

        // The fast reader declines null list items (lines is set only when it read the file), so the
        // scan, which builds JSON paths as it goes, runs only behind the reference reader.
        if (lines is null && NullItems.Find(plan) is var (nullPath, elementId))
        {
            throw new PlanInputException(Messages.NullListItem, path, path: nullPath) { ElementId = elementId };
        }

        if (OutOfRange(plan) is var (rangePath, rangeElement, problem))
        {
            throw new PlanInputException(problem, path, path: rangePath) { ElementId = rangeElement };
        }

        if (plan.Format != Plan.CurrentFormat)
        {
            var message = plan.Format.StartsWith("sdgmap.plan/", StringComparison.Ordinal) ? Messages.NewerFormat : Messages.OtherFormat;
            throw new PlanInputException(Localized.Format(message, plan.Format, Plan.CurrentFormat), path, path: "$.format");
        }

        if (plan.Elements.Count > limits.MaxElements)
        {
            throw new PlanInputException(Localized.Format(Messages.TooManyElements, plan.Elements.Count, limits.MaxElements), path, path: "$.elements");
        }

        return new PlanDocument { Plan = plan, Path = path, ElementLines = lines ?? ScanLines(utf8Json, limits, path) };
    }

    /// <summary>Reads a plan from a JSON string.</summary>
    /// <exception cref="PlanInputException">The text is not a valid plan file.</exception>
    public static PlanDocument Parse(string json, string? path = null, PlanLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json), path, limits);
    }

    /// <summary>The plan as the bytes of a plan file (UTF-8, no BOM, final line end).</summary>
    public static byte[] ToUtf8Bytes(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var buffer = WriteToBuffer(plan);

        // Every byte is written over at once, so the array need not be zeroed first.
        var bytes = GC.AllocateUninitializedArray<byte>(buffer.WrittenCount);
        buffer.WrittenSpan.CopyTo(bytes);
        ReturnBuffer(buffer);
        return bytes;
    }

    /// <summary>The plan as the text of a plan file.</summary>
    public static string Serialize(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var buffer = WriteToBuffer(plan);
        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        ReturnBuffer(buffer);
        return text;
    }

    // Saving a corpus wrote each plan into a buffer of its own, grown by doubling and then copied:
    // three times the file's bytes of garbage. The buffer is now the thread's, kept between plans.
    private static ArrayBufferWriter<byte> WriteToBuffer(Plan plan)
    {
        var buffer = PerThread<ArrayBufferWriter<byte>>.Rent();
        using (var writer = new Utf8JsonWriter(buffer, PlanJsonWriter.Options))
        {
            PlanJsonWriter.Write(plan, writer);
        }

        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        return buffer;
    }

    // A buffer that grew past this for one very large plan is let go rather than held by the thread.
    private const int MaxKeptSaveBuffer = 1 << 24;

    private static void ReturnBuffer(ArrayBufferWriter<byte> buffer)
    {
        var keep = buffer.Capacity <= MaxKeptSaveBuffer;
        buffer.ResetWrittenCount();
        PerThread<ArrayBufferWriter<byte>>.Return(buffer, keep);
    }

    /// <summary>Writes the plan file's bytes to <paramref name="stream"/>.</summary>
    public static void Write(Plan plan, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(stream);
        using (var writer = new Utf8JsonWriter(stream, PlanJsonWriter.Options))
        {
            PlanJsonWriter.Write(plan, writer);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>The bytes the source-generated serializer writes: the reference <see cref="PlanJsonWriter"/> is tested against.</summary>
    internal static byte[] ToUtf8BytesByReference(Plan plan)
    {
        using var stream = new MemoryStream();
        JsonSerializer.Serialize(stream, plan, PlanInfo);
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>
    /// Writes the plan to <paramref name="path"/> through <see cref="OutputFile"/>: a regular file is
    /// replaced atomically (a temporary file in the same folder renamed over it, keeping its
    /// permissions), so a failed write never leaves a truncated file; a link's target is written,
    /// a device or pipe is written as a stream.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be written, or the path names a folder.</exception>
    public static void Save(Plan plan, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = ToUtf8Bytes(plan);
        OutputFile.WriteBytes(path, bytes);
    }

    /// <summary>
    /// Lines of each element object under <c>$.elements</c>, and the string-length limit checked,
    /// in one tokenising pass (cheap next to deserialising).
    /// </summary>
    private static int[] ScanLines(ReadOnlySpan<byte> utf8Json, PlanLimits limits, string? path)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = limits.MaxDepth });
        var inElements = false;
        var line = 1;
        var counted = 0L;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueSpan.Length > limits.MaxStringBytes)
            {
                var at = 1 + utf8Json[..(int)reader.TokenStartIndex].Count((byte)'\n');
                throw new PlanInputException(Localized.Format(Messages.StringTooLong, reader.ValueSpan.Length, limits.MaxStringBytes), path, at);
            }

            if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.IsEmpty)
            {
                // The schema's every string is non-empty ("text", minLength 1): an empty one is refused,
                // not kept as a value the table format could not carry (a KPI named "" vanished on import).
                var at = 1 + utf8Json[..(int)reader.TokenStartIndex].Count((byte)'\n');
                var jsonPath = PathAt(utf8Json, reader.TokenStartIndex, limits.MaxDepth);
                throw new PlanInputException(Messages.EmptyString, path, at, path: jsonPath)
                {
                    ElementId = ElementIndex(jsonPath) is { } index ? ElementIdAt(utf8Json, index, limits.MaxDepth) : null,
                };
            }

            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                inElements = reader.ValueTextEquals("elements"u8);
            }
            else if (inElements && reader.CurrentDepth == 2 && reader.TokenType == JsonTokenType.StartObject)
            {
                var start = reader.TokenStartIndex;
                line += utf8Json[(int)counted..(int)start].Count((byte)'\n');
                counted = start;
                lines.Add(line);
            }
        }

        return [.. lines];
    }

    /// <summary>The first value outside the range the schema allows (years 1900–2200), with its JSON path and element; null when there is none.</summary>
    private static (string Path, string? ElementId, string Problem)? OutOfRange(Plan plan)
    {
        static string? Year(int? year) => year is { } y && y is < MinYear or > MaxYear
            ? Localized.Format(Messages.YearOutOfRange, y, MinYear, MaxYear)
            : null;

        if (plan.Period is { } period)
        {
            if (Year(period.FromFiscalYear) is { } from)
            {
                return ("$.period.fromFiscalYear", null, from);
            }

            if (Year(period.ToFiscalYear) is { } to)
            {
                return ("$.period.toFiscalYear", null, to);
            }
        }

        for (var i = 0; i < plan.Elements.Count; i++)
        {
            var element = plan.Elements[i];
            for (var k = 0; k < element.Kpis.Count; k++)
            {
                var kpi = element.Kpis[k];
                if (Year(kpi.Baseline?.FiscalYear) is { } baseline)
                {
                    return ($"$.elements[{i}].kpis[{k}].baseline.fiscalYear", element.Id, baseline);
                }

                if (Year(kpi.Target?.FiscalYear) is { } target)
                {
                    return ($"$.elements[{i}].kpis[{k}].target.fiscalYear", element.Id, target);
                }
            }
        }

        return null;
    }

    /// <summary>The JSON path (<c>$.elements[3].kpis[0].name</c>) of the value starting at byte <paramref name="tokenStart"/>; read again only when reporting an error.</summary>
    private static string PathAt(ReadOnlySpan<byte> utf8Json, long tokenStart, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });

        // One frame per open container: an array's current index, an object's current property.
        var frames = new List<(bool Array, int Index, string? Name)>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    frames[^1] = frames[^1] with { Name = reader.GetString() };
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    continue;
            }

            if (frames.Count > 0 && frames[^1].Array)
            {
                frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
            }

            if (reader.TokenStartIndex == tokenStart)
            {
                var text = new StringBuilder("$");
                foreach (var (array, index, name) in frames)
                {
                    text.Append(array ? $"[{index}]" : $".{name}");
                }

                return text.ToString();
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Add((reader.TokenType == JsonTokenType.StartArray, -1, null));
            }
        }

        return "$";
    }

    /// <summary>The index <c>n</c> of a JSON path inside <c>$.elements[n]</c>; null for any other path.</summary>
    private static int? ElementIndex(string? jsonPath)
    {
        const string Prefix = "$.elements[";
        if (jsonPath is null || !jsonPath.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = jsonPath.IndexOf(']', Prefix.Length);
        return end > 0 && int.TryParse(jsonPath.AsSpan(Prefix.Length, end - Prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>
    /// The <c>id</c> string of element <paramref name="index"/> in text that failed to read, so the
    /// error can name the element; null when the text breaks off before it or the id is not a string.
    /// </summary>
    private static string? ElementIdAt(ReadOnlySpan<byte> utf8Json, int index, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            var inElements = false;
            var at = -1;
            while (reader.Read())
            {
                switch (reader.CurrentDepth)
                {
                    case 1 when reader.TokenType == JsonTokenType.PropertyName:
                        inElements = reader.ValueTextEquals("elements"u8);
                        break;
                    case 2 when inElements && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray):
                        at++;
                        break;
                    case 3 when inElements && at == index && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("id"u8):
                        return reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                if (at > index)
                {
                    return null;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The text breaks off or holds a lone surrogate before the id: the element stays unnamed.
        }

        return null;
    }

    /// <summary>
    /// Names the encoding of text that is UTF-16 or UTF-32 rather than UTF-8: by its byte order
    /// mark, or — without one — by a NUL byte among the first two, which JSON text in UTF-8 never has.
    /// </summary>
    /// <summary>The UTF-16 or UTF-32 encoding the bytes look like (text starting with ASCII has zero bytes beside it), or null.</summary>
    internal static string? WideEncoding(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0, 0, ..] or [0, 0, 0xFE, 0xFF, ..] => "UTF-32",
        [0xFF, 0xFE, ..] => "UTF-16 (little-endian)",
        [0xFE, 0xFF, ..] => "UTF-16 (big-endian)",
        [0, 0, ..] or [_, 0, 0, 0, ..] => "UTF-32 without a byte order mark",
        [0, _, ..] => "UTF-16 (big-endian) without a byte order mark",
        [_, 0, ..] => "UTF-16 (little-endian) without a byte order mark",
        _ => null,
    };

    /// <summary>
    /// What the input is, when it is plainly not a plan file but a table or a workbook someone
    /// passed by mistake (<c>sdgmap coverage table.csv</c>): a zip archive (an <c>.xlsx</c>
    /// workbook starts <c>PK\x03\x04</c>), or text whose first non-space byte opens no JSON object
    /// or array and whose name ends <c>.csv</c>, <c>.tsv</c> or <c>.txt</c> or whose first line
    /// holds commas or tabs. Null otherwise, and the JSON reader's own error stands.
    /// </summary>
    /// <remarks>Asked only after reading failed, so a valid plan file never pays for it.</remarks>
    internal static string? NotJsonHint(ReadOnlySpan<byte> bytes, string? path)
    {
        if (bytes.StartsWith("PK\x03\x04"u8))
        {
            return Messages.ZipNotPlan;
        }

        var text = bytes.TrimStart(" \t\r\n"u8);
        if (text.IsEmpty || text[0] is (byte)'{' or (byte)'[')
        {
            return null;
        }

        var end = text.IndexOfAny((byte)'\n', (byte)'\r');
        var firstLine = end < 0 ? text : text[..end];
        var tabs = firstLine.Count((byte)'\t');
        var commas = firstLine.Count((byte)',');
        var extension = System.IO.Path.GetExtension(path ?? string.Empty);
        var named = extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) || extension.Equals(".tsv", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".txt", StringComparison.OrdinalIgnoreCase);
        if (!named && tabs == 0 && commas == 0)
        {
            return null;
        }

        var kind = tabs > commas || extension.Equals(".tsv", StringComparison.OrdinalIgnoreCase) ? "TSV" : "CSV";
        return Localized.Format(Messages.TableNotPlan, kind);
    }

    private static JsonTypeInfo<Plan> InfoWithDepth(int maxDepth) =>
        (JsonTypeInfo<Plan>)new JsonSerializerOptions(Options) { MaxDepth = maxDepth }.GetTypeInfo(typeof(Plan));

    /// <summary>A JsonException's message without the location System.Text.Json appends; callers report the location separately.</summary>
    /// <summary>Where the first byte that is not UTF-8 stands, for a message (System.Text.Json reports it as a failed conversion).</summary>
    private static string InvalidUtf8(ReadOnlySpan<byte> utf8Json)
    {
        var offset = 0;
        while (offset < utf8Json.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8Json[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return Localized.Format(Messages.InvalidUtf8At, utf8Json[offset], offset);
            }

            offset += consumed;
        }

        return Messages.InvalidUtf8;
    }

    internal static string Describe(JsonException e)
    {
        // System.Text.Json appends "Path: … | LineNumber: …" to its own messages; the location is reported separately.
        var message = e.Message;
        foreach (var location in (string[])[" Path: ", " LineNumber: "])
        {
            var cut = message.IndexOf(location, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        // "The constructor parameter 'Sdg' on type 'SdgMap.Model.PlanElement' doesn't allow null values. Consider
        // updating its nullability annotation." speaks of the code, not the file: say it of the property.
        if (message.Contains("doesn't allow null", StringComparison.Ordinal) && e.Path is { } nullPath)
        {
            var property = nullPath[(nullPath.LastIndexOf('.') + 1)..];
            return Localized.Format(Messages.JsonNotAllowNull, property);
        }

        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return Localized.Format(Messages.JsonTooDeep, message.TrimEnd());
        }

        // A lone surrogate (\ud800 without its pair) is reported by System.Text.Json as a failed conversion of the enclosing object; it is a text problem.
        if (e.InnerException is InvalidOperationException && e.InnerException.Message.Contains("UTF-16", StringComparison.Ordinal))
        {
            return Localized.Format(Messages.JsonLoneSurrogate, e.InnerException.Message);
        }

        // The reader's own account of a syntax error ("'x' is an invalid start of a value") comes as an inner
        // JsonException, in English: say in the user's language that the file is not JSON, and quote it.
        if (e.InnerException is JsonException)
        {
            return Localized.Format(Messages.JsonSyntax, message.TrimEnd());
        }

        // A value of the wrong type that JsonErrorText could not find in the text (input cut short): say so without .NET's type names.
        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            return Messages.JsonWrongValueUnlocated;
        }

        // What is left is a converter's message (an SDG id that does not exist), already in the user's language.
        return e.InnerException is FormatException or InvalidOperationException && e.InnerException.Message.Length > 0
            ? $"{message} {e.InnerException.Message}"
            : message;
    }
}
