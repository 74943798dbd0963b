using System.Text.Json;
using System.Text.Json.Serialization;
using SdgMap.Catalog;
using SdgMap.Resources;

namespace SdgMap.Serialization;

/// <summary>Reads and writes <see cref="SdgId"/> as its canonical string (<c>"16.6"</c>), accepting every spelling <see cref="SdgId.Parse(string)"/> accepts.</summary>
public sealed class SdgIdJsonConverter : JsonConverter<SdgId>
{
    /// <inheritdoc/>
    public override SdgId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            throw new JsonException(Localized.Format(Messages.SdgIdAsNumber, JsonErrorText.Written(ref reader)));
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(Localized.Format(Messages.SdgIdNotString, JsonErrorText.Written(ref reader)));
        }

        var text = reader.GetString()!;
        return SdgId.TryParse(text, out var id, out var error) ? id : throw new JsonException(error);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, SdgId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
