using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SdgMap.Tests.Hostile;

/// <summary>Mutations of a plan file's JSON text: drop, duplicate or retype one value, or cut the text short.</summary>
internal static class JsonMutation
{
    public const int Kinds = 4;

    /// <summary>Values a mutated value is retyped to: each JSON kind, and strings and numbers that look like ids.</summary>
    private static readonly Func<JsonNode?>[] Retypes =
    [
        () => null,
        () => JsonValue.Create("16.6"),
        () => JsonValue.Create("e0"),
        () => JsonValue.Create(16.1),
        () => JsonValue.Create(-1),
        () => JsonValue.Create(true),
        () => new JsonArray(),
        () => new JsonArray(JsonValue.Create("x"), JsonValue.Create(1)),
        () => new JsonObject(),
        () => new JsonObject { ["id"] = "e0" },
    ];

    /// <summary>
    /// The plan file <paramref name="json"/> mutated: kind 0 drops the picked value, 1 duplicates it
    /// (a property written twice, an array item repeated), 2 retypes it, 3 cuts the text at a byte.
    /// </summary>
    public static byte[] Apply(byte[] json, int kind, int pick, int variant)
    {
        if (kind == 3)
        {
            return json[..(pick % json.Length)];
        }

        var root = JsonNode.Parse(json)!;
        var places = new List<(JsonNode Parent, string? Key, int Index)>();
        Collect(root, places);
        var (parent, key, index) = places[pick % places.Count];
        switch (kind)
        {
            case 0 when parent is JsonObject o:
                o.Remove(key!);
                break;
            case 0:
                ((JsonArray)parent).RemoveAt(index);
                break;
            case 1 when parent is JsonObject o:
                return Write(root, o, key!);
            case 1:
                var array = (JsonArray)parent;
                array.Insert(index, array[index]?.DeepClone());
                break;
            default:
                var replacement = Retypes[variant % Retypes.Length]();
                if (parent is JsonObject target)
                {
                    target[key!] = replacement;
                }
                else
                {
                    ((JsonArray)parent)[index] = replacement;
                }

                break;
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static void Collect(JsonNode node, List<(JsonNode, string?, int)> places)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    places.Add((o, key, -1));
                    if (value is not null)
                    {
                        Collect(value, places);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    places.Add((a, null, i));
                    if (a[i] is { } item)
                    {
                        Collect(item, places);
                    }
                }

                break;
        }
    }

    /// <summary>Writes <paramref name="root"/> with property <paramref name="key"/> of <paramref name="owner"/> written twice, which JsonNode cannot hold.</summary>
    private static byte[] Write(JsonNode root, JsonNode owner, string key)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteNode(writer, root, owner, key);
        }

        return stream.ToArray();
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node, JsonNode owner, string key)
    {
        switch (node)
        {
            case JsonObject o:
                writer.WriteStartObject();
                foreach (var (name, value) in o)
                {
                    var times = ReferenceEquals(o, owner) && name == key ? 2 : 1;
                    for (var t = 0; t < times; t++)
                    {
                        writer.WritePropertyName(name);
                        WriteNode(writer, value, owner, key);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonArray a:
                writer.WriteStartArray();
                foreach (var item in a)
                {
                    WriteNode(writer, item, owner, key);
                }

                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
