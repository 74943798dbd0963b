using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SdgMap.Catalog;
using SdgMap.Model;
using SdgMap.Resources;

namespace SdgMap.Serialization;

/// <summary>
/// Says in the user's terms why System.Text.Json refused a file: the value written, its JSON type
/// and what the format expects at that JSON path, the property that is unknown, repeated or
/// missing. System.Text.Json's own messages speak of .NET types ("could not be converted to
/// SdgMap.Model.PlanElement", "token type 'String'"), which the user never wrote.
/// </summary>
internal static class JsonErrorText
{
    /// <summary>
    /// The problem for a <see cref="JsonException"/> met reading <paramref name="utf8Json"/> as
    /// <paramref name="root"/>, or null when it is not one this class knows (the caller keeps its own).
    /// </summary>
    public static string? Describe(JsonException e, ReadOnlySpan<byte> utf8Json, JsonTypeInfo root, int maxDepth)
    {
        var message = e.Message;
        if (e.Path is not { } path)
        {
            return null;
        }

        if (message.StartsWith("The JSON property ", StringComparison.Ordinal) && Quoted(message) is { } unknown)
        {
            // System.Text.Json names the object holding the property, or the property itself.
            var owner = TypeAt(root, path) is { Kind: JsonTypeInfoKind.Object } at ? at : TypeAt(root, Parent(path));
            return owner is { Kind: JsonTypeInfoKind.Object }
                ? Localized.Format(Messages.JsonUnknownProperty, unknown, string.Join(", ", owner.Properties.Where(p => p.Set is not null).Select(p => p.Name)))
                : Localized.Format(Messages.JsonUnknownPropertyNoList, unknown);
        }

        if (message.StartsWith("Duplicate ", StringComparison.Ordinal) && Quoted(message) is { } repeated)
        {
            return Localized.Format(Messages.JsonDuplicateProperty, repeated);
        }

        var including = message.IndexOf("including: ", StringComparison.Ordinal);
        if (message.Contains("missing required properties", StringComparison.Ordinal) && including > 0)
        {
            var names = message[(including + "including: ".Length)..].TrimEnd('.', ' ').Split(", ").Select(n => n.Trim('\''));
            return Localized.Format(Messages.JsonMissingRequired, string.Join(Messages.ListSeparator, names.Select(n => $"'{n}'")));
        }

        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            && ValueAt(utf8Json, path, maxDepth) is var (token, raw))
        {
            var expected = TypeAt(root, path) is { } info ? Expected(info.Type) : null;
            var written = Written(token, raw);
            return expected is null
                ? Localized.Format(Messages.JsonWrongValueNoExpectation, Where(path), written)
                : Localized.Format(Messages.JsonWrongValue, Where(path), written, expected);
        }

        return null;
    }

    /// <summary>The first <c>'…'</c> of a System.Text.Json message: the property it names.</summary>
    private static string? Quoted(string message)
    {
        var open = message.IndexOf('\'', StringComparison.Ordinal);
        var close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
        return close > open ? message[(open + 1)..close] : null;
    }

    private static string Parent(string path) => path[..Math.Max(1, path.LastIndexOfAny(['.', '[']))];

    /// <summary>How a message names the place: the property (<c>priority</c>, <c>sdg[0]</c>), or the whole file for <c>$</c>.</summary>
    private static string Where(string path) =>
        path == "$" ? Messages.JsonTheFile : Localized.Format(Messages.JsonProperty, path[(path.LastIndexOf('.') + 1)..]);

    /// <summary>How a message shows the value under <paramref name="reader"/>: <c>the number 16.6</c>, <c>an object { … }</c>.</summary>
    public static string Written(ref Utf8JsonReader reader) => Written(
        reader.TokenType,
        reader.TokenType is JsonTokenType.String or JsonTokenType.StartObject or JsonTokenType.StartArray ? reader.TokenType == JsonTokenType.String ? reader.GetString() ?? string.Empty : string.Empty : Encoding.UTF8.GetString(reader.ValueSpan));

    private static string Written(JsonTokenType token, string raw) => token switch
    {
        JsonTokenType.String => Localized.Format(Messages.JsonWrittenString, Clip(raw)),
        JsonTokenType.Number => Localized.Format(Messages.JsonWrittenNumber, Clip(raw)),
        JsonTokenType.True or JsonTokenType.False => Localized.Format(Messages.JsonWrittenBoolean, raw),
        JsonTokenType.StartObject => Messages.JsonWrittenObject,
        JsonTokenType.StartArray => Messages.JsonWrittenList,
        _ => Messages.JsonWrittenNull,
    };

    private static string Clip(string raw) => raw.Length <= 40 ? raw : string.Concat(raw.AsSpan(0, 40), "…");

    /// <summary>What the plan format wants for a value of <paramref name="type"/>, in words a user of the file knows.</summary>
    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(bool))
        {
            return Messages.JsonExpectBoolean;
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return Localized.Format(Messages.JsonExpectWholeNumber, int.MinValue, int.MaxValue);
        }

        if (type == typeof(double) || type == typeof(decimal))
        {
            return Messages.JsonExpectNumber;
        }

        if (type == typeof(string))
        {
            return Messages.JsonExpectString;
        }

        if (type == typeof(SdgId))
        {
            return Messages.JsonExpectSdgId;
        }

        if (type == typeof(Tag))
        {
            return Messages.JsonExpectTag;
        }

        if (type == typeof(SdgMarks))
        {
            return Localized.Format(Messages.JsonExpectOneOf, EnumNames<SdgMarks>());
        }

        if (type == typeof(LostField))
        {
            return Localized.Format(Messages.JsonExpectOneOf, EnumNames<LostField>());
        }

        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? Messages.JsonExpectList : Messages.JsonExpectObject;
    }

    /// <summary>The names an enum has in plan files (<c>"none", "lost"</c>), as the plan format writes them.</summary>
    private static string EnumNames<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(v => JsonSerializer.Serialize(v, (JsonTypeInfo<TEnum>)PlanJsonContext.Default.Options.GetTypeInfo(typeof(TEnum)))));

    /// <summary>The metadata of the value at <paramref name="path"/> (<c>$.elements[1].kpis[0].target</c>), walked down from <paramref name="root"/>; null when the path leaves the format.</summary>
    private static JsonTypeInfo? TypeAt(JsonTypeInfo root, string path)
    {
        var info = root;
        foreach (var segment in Segments(path) ?? [])
        {
            if (segment.Index is not null)
            {
                if (info.ElementType is not { } item)
                {
                    return null;
                }

                info = info.Options.GetTypeInfo(item);
            }
            else if (info.Kind == JsonTypeInfoKind.Object && info.Properties.FirstOrDefault(p => p.Name == segment.Name) is { } property)
            {
                info = info.Options.GetTypeInfo(property.PropertyType);
            }
            else
            {
                return null;
            }
        }

        return Segments(path) is null ? null : info;
    }

    /// <summary>The steps of a JSON path as System.Text.Json writes it (<c>$.a[2].b</c>); null for any other shape.</summary>
    private static List<(string? Name, int? Index)>? Segments(string path)
    {
        if (!path.StartsWith('$'))
        {
            return null;
        }

        var segments = new List<(string? Name, int? Index)>();
        var at = 1;
        while (at < path.Length)
        {
            if (path[at] == '.')
            {
                var end = path.IndexOfAny(['.', '['], at + 1);
                end = end < 0 ? path.Length : end;
                segments.Add((path[(at + 1)..end], null));
                at = end;
            }
            else if (path[at] == '[' && path.IndexOf(']', at) is var close and > 0
                && int.TryParse(path.AsSpan(at + 1, close - at - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                segments.Add((null, index));
                at = close + 1;
            }
            else
            {
                return null;
            }
        }

        return segments;
    }

    /// <summary>
    /// The JSON type and text of the value at <paramref name="path"/>, found by descending only into
    /// the members the path names; null when the text does not reach it.
    /// </summary>
    private static (JsonTokenType Token, string Raw)? ValueAt(ReadOnlySpan<byte> utf8Json, string path, int maxDepth)
    {
        if (Segments(path) is not { } segments)
        {
            return null;
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            foreach (var (name, index) in segments)
            {
                if (!Descend(ref reader, name, index))
                {
                    return null;
                }
            }

            return (reader.TokenType, reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString() ?? string.Empty,
                JsonTokenType.StartObject or JsonTokenType.StartArray => string.Empty,
                _ => Encoding.UTF8.GetString(reader.ValueSpan),
            });
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The text breaks off, or holds what is not text, before the value: it stays undescribed.
            return null;
        }
    }

    /// <summary>Moves <paramref name="reader"/> from a container's start to its member <paramref name="name"/> or item <paramref name="index"/>.</summary>
    private static bool Descend(ref Utf8JsonReader reader, string? name, int? index)
    {
        if (reader.TokenType == JsonTokenType.StartObject && name is not null)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var found = reader.ValueTextEquals(name);
                if (!reader.Read())
                {
                    return false;
                }

                if (found)
                {
                    return true;
                }

                reader.Skip();
            }
        }
        else if (reader.TokenType == JsonTokenType.StartArray && index is not null)
        {
            for (var k = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; k++)
            {
                if (k == index)
                {
                    return true;
                }

                reader.Skip();
            }
        }

        return false;
    }
}
