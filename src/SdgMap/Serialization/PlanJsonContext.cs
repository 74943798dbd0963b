using System.Text.Json;
using System.Text.Json.Serialization;
using SdgMap.Model;

namespace SdgMap.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for the plan format, so reading and writing need no
/// reflection. The model knows no JSON: its converters are registered here, and what the format
/// leaves out of the model's members is said once, in <see cref="PlanJsonModel"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(SdgIdJsonConverter), typeof(TagJsonConverter), typeof(StrictEnumConverter<SdgMarks>), typeof(StrictEnumConverter<LostField>)],
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    WriteIndented = true,
    NewLine = "\n",
    MaxDepth = 64)]
[JsonSerializable(typeof(Plan))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;

/// <summary>
/// Enums as the schema's names only, the member names in camel case (<c>kpiValues</c>), matched
/// exactly: <c>"Lost"</c>, <c>"sdgMarks": 99</c> or <c>"99"</c> is refused, where the default
/// string-enum converter read them as a value (or an undefined one) that then validated clean.
/// </summary>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly (TEnum Value, JsonEncodedText Name)[] Names =
        [.. Enum.GetValues<TEnum>().Select(v => (v, JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(v.ToString()))))];

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var (value, name) in Names)
            {
                if (reader.ValueTextEquals(name.EncodedUtf8Bytes))
                {
                    return value;
                }
            }
        }

        // No message: System.Text.Json then says "The JSON value could not be converted to …" with the path.
        throw new JsonException();
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var (known, name) in Names)
        {
            if (EqualityComparer<TEnum>.Default.Equals(known, value))
            {
                writer.WriteStringValue(name);
                return;
            }
        }

        throw new JsonException($"{value} is not a {typeof(TEnum).Name} the plan format knows.");
    }
}
