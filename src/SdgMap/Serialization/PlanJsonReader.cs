using System.Text.Json;
using SdgMap.Catalog;
using SdgMap.Collections;
using SdgMap.Model;

namespace SdgMap.Serialization;

/// <summary>
/// Reads a plan file with <see cref="Utf8JsonReader"/> directly, for valid files only: anything
/// the source-generated reader would refuse or read differently (an unknown, duplicate or missing
/// property, <c>null</c> where a value is required or as a list item, a value of the wrong kind, an
/// id the catalogue does not know, bad UTF-8, too deep) makes it decline, and
/// <see cref="PlanJson"/> then reads the file with the source-generated reader, whose exception
/// (message and location) stands. A test holds the two equal over generated plans and the hostile corpus.
/// </summary>
internal static partial class PlanJsonReader
{
    private static readonly StrictEnumConverter<SdgMarks> Marks = new();

    private static readonly StrictEnumConverter<LostField> LostFields = new();

    private delegate bool ValueReader<T>(ref Utf8JsonReader r, out T value);

    /// <summary>
    /// The plan and the line each element object starts on, or null when the file is not one this
    /// reader vouches for. Strings must be non-empty and at most <see cref="PlanLimits.Default"/>'s
    /// <see cref="PlanLimits.MaxStringBytes"/> long; <see cref="PlanJson"/> calls this only where the
    /// limit in force is no tighter, so a longer string merely sends the file to the reference reader.
    /// </summary>
    public static Plan? TryRead(ReadOnlySpan<byte> utf8Json, int maxDepth, out int[] elementLines)
    {
        elementLines = [];
        var r = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        var shared = SharedStrings.Rent();
        try
        {
            var fields = new PlanFields(shared);
            if (!r.Read() || !Fill(ref r, ref fields, out Plan plan) || r.Read())
            {
                return null;
            }

            elementLines = Lines(utf8Json, fields.ElementStarts);
            return plan;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
        finally
        {
            shared.Release();
        }
    }

    /// <summary>The plan alone (<see cref="TryRead(ReadOnlySpan{byte}, int, out int[])"/>).</summary>
    public static Plan? TryRead(ReadOnlySpan<byte> utf8Json, int maxDepth) => TryRead(utf8Json, maxDepth, out _);

    /// <summary>1-based lines of the byte offsets <paramref name="starts"/> (ascending), counting newlines only between one offset and the next.</summary>
    private static int[] Lines(ReadOnlySpan<byte> utf8Json, List<int> starts)
    {
        var lines = new int[starts.Count];
        var line = 1;
        var counted = 0;
        for (var k = 0; k < lines.Length; k++)
        {
            line += utf8Json[counted..starts[k]].Count((byte)'\n');
            counted = starts[k];
            lines[k] = line;
        }

        return lines;
    }

    /// <summary>
    /// The fields of one kind of object as its properties are read: <see cref="Property"/> reads
    /// the value of the property the reader stands on, and <see cref="TryBuild"/> makes the record
    /// once the object ends. Either returning false declines the file.
    /// </summary>
    private interface IObjectFields<TValue>
    {
        bool Property(ref Utf8JsonReader r);

        bool TryBuild(out TValue value);
    }

    /// <summary>Marks <paramref name="bit"/> as seen and moves to the property's value; false when the property came before.</summary>
    private static bool Next(ref Utf8JsonReader r, ref int seen, int bit)
    {
        if ((seen & (1 << bit)) != 0)
        {
            return false;
        }

        seen |= 1 << bit;
        return r.Read();
    }

    private static bool Object<TFields, TValue>(ref Utf8JsonReader r, out TValue value)
        where TFields : struct, IObjectFields<TValue>
    {
        var fields = default(TFields);
        return Fill(ref r, ref fields, out value);
    }

    /// <summary>An object of the kind, or <c>null</c>.</summary>
    private static bool NullOr<TFields, TValue>(ref Utf8JsonReader r, out TValue? value)
        where TFields : struct, IObjectFields<TValue>
        where TValue : class
    {
        value = null;
        return r.TokenType == JsonTokenType.Null || Object<TFields, TValue>(ref r, out value);
    }

    /// <summary>Reads the object the reader stands on into <paramref name="fields"/>, property by property, and builds its record.</summary>
    private static bool Fill<TFields, TValue>(ref Utf8JsonReader r, ref TFields fields, out TValue value)
        where TFields : struct, IObjectFields<TValue>
    {
        value = default!;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (!fields.Property(ref r))
            {
                return false;
            }
        }

        return r.TokenType == JsonTokenType.EndObject && fields.TryBuild(out value);
    }

    /// <summary>The elements, noting where each element object starts (its byte offset) for its line.</summary>
    private static bool Elements(ref Utf8JsonReader r, List<int> starts, SharedStrings shared, out ValueList<PlanElement>? values) =>
        List(ref r, new ElementItems(starts, shared), out values);

    private static bool Tags(ref Utf8JsonReader r, SharedStrings shared, out ValueList<Tag>? values) =>
        List(ref r, new TagItems(shared), out values);

    private static bool List<T>(ref Utf8JsonReader r, ValueReader<T> item, out ValueList<T>? values) =>
        List(ref r, new DelegateItems<T>(item), out values);

    /// <summary>An array of items, made at its final length (<see cref="ListScratch{T}"/>).</summary>
    private static bool List<T, TItems>(ref Utf8JsonReader r, TItems items, out ValueList<T>? values)
        where TItems : struct, IItems<T>
    {
        values = null;
        if (r.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var scratch = ListScratch<T>.Current;
        var start = scratch.Count;
        try
        {
            while (r.Read() && r.TokenType != JsonTokenType.EndArray)
            {
                if (r.TokenType == JsonTokenType.Null || !items.Read(ref r, out var value))
                {
                    return false;
                }

                scratch.Add(value);
            }

            values = scratch.ToValueList(start);
            return true;
        }
        finally
        {
            scratch.Truncate(start);
        }
    }

    /// <summary>How <see cref="List{T, TItems}"/> reads one item; a struct, so each kind of list gets its own compiled loop.</summary>
    private interface IItems<T>
    {
        bool Read(ref Utf8JsonReader r, out T value);
    }

    private readonly struct DelegateItems<T>(ValueReader<T> item) : IItems<T>
    {
        public bool Read(ref Utf8JsonReader r, out T value) => item(ref r, out value);
    }

    /// <summary>The elements, noting where each element object starts (its byte offset) for its line.</summary>
    private readonly struct ElementItems(List<int> starts, SharedStrings shared) : IItems<PlanElement>
    {
        public bool Read(ref Utf8JsonReader r, out PlanElement value)
        {
            starts.Add(checked((int)r.TokenStartIndex));
            var fields = new ElementFields(shared);
            return Fill(ref r, ref fields, out value);
        }
    }

    /// <summary>Tags, whose taxonomy and term ids recur on element after element and are shared.</summary>
    private readonly struct TagItems(SharedStrings shared) : IItems<Tag>
    {
        public bool Read(ref Utf8JsonReader r, out Tag value)
        {
            value = default;
            return Plain(ref r) && shared.TryReadTag(ref r, out value);
        }
    }

    private static ValueList<T> OrEmpty<T>(ValueList<T>? list) => list ?? ValueList<T>.EmptyList;

    /// <summary>
    /// A string the plan reader keeps as it is written: not empty (the schema's strings have a
    /// length of at least 1) and within the default string limit; anything else goes to the
    /// reference reader, whose checks then refuse it with the file's location.
    /// </summary>
    private static bool Plain(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.String && !r.ValueSpan.IsEmpty && r.ValueSpan.Length <= PlanLimits.Default.MaxStringBytes;

    private static bool Str(ref Utf8JsonReader r, out string value) => Str(ref r, null, out value);

    /// <summary>A plain string (<see cref="Plain"/>), taken from <paramref name="shared"/> where one is given.</summary>
    private static bool Str(ref Utf8JsonReader r, SharedStrings? shared, out string value)
    {
        value = null!;
        if (!Plain(ref r))
        {
            return false;
        }

        value = shared is null ? r.GetString()! : shared.Read(ref r);
        return true;
    }

    private static bool OptStr(ref Utf8JsonReader r, out string? value) => OptStr(ref r, null, out value);

    private static bool OptStr(ref Utf8JsonReader r, SharedStrings? shared, out string? value)
    {
        value = null;
        return r.TokenType == JsonTokenType.Null || Str(ref r, shared, out value!);
    }

    private static bool Int(ref Utf8JsonReader r, out int? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.Number || !r.TryGetInt32(out var n))
        {
            return false;
        }

        value = n;
        return true;
    }

    private static bool Double(ref Utf8JsonReader r, out double? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.Number || !r.TryGetDouble(out var n))
        {
            return false;
        }

        value = n;
        return true;
    }

    private static bool Bool(ref Utf8JsonReader r, out bool value)
    {
        value = r.TokenType == JsonTokenType.True;
        return r.TokenType is JsonTokenType.True or JsonTokenType.False;
    }

    private static bool Sdg(ref Utf8JsonReader r, out SdgId value)
    {
        value = default;
        return Plain(ref r)
            && ((!r.ValueIsEscaped && SdgId.TryParseCanonical(r.ValueSpan, out value)) || SdgId.TryParse(r.GetString(), out value, out _));
    }

    private static bool TagValue(ref Utf8JsonReader r, out Tag value)
    {
        value = default;
        return Plain(ref r) && Tag.TryParse(r.GetString(), out value);
    }

    private static bool LostValue(ref Utf8JsonReader r, out LostField value)
    {
        value = default;
        if (!Plain(ref r))
        {
            return false;
        }

        value = LostFields.Read(ref r, typeof(LostField), null!);
        return true;
    }

    private static bool Enum<TEnum>(ref Utf8JsonReader r, StrictEnumConverter<TEnum> converter, out TEnum? value)
        where TEnum : struct, System.Enum
    {
        value = null;
        if (r.TokenType == JsonTokenType.String && !Plain(ref r))
        {
            return false;
        }

        value = converter.Read(ref r, typeof(TEnum), null!);
        return true;
    }
}
