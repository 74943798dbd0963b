using System.Text.Json;
using System.Text.Json.Serialization;
using SdgMap.Model;
using SdgMap.Resources;

namespace SdgMap.Serialization;

/// <summary>Reads and writes <see cref="Tag"/> as <c>"taxonomy:term"</c>.</summary>
public sealed class TagJsonConverter : JsonConverter<Tag>
{
    /// <inheritdoc/>
    public override Tag Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(Localized.Format(Messages.TagNotString, JsonErrorText.Written(ref reader)));
        }

        var text = reader.GetString()!;
        return Tag.TryParse(text, out var tag)
            ? tag
            : throw new JsonException(Localized.Format(Messages.TagMalformed, text));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Tag value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
