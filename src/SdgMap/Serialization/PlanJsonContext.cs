using System.Text.Json.Serialization;
using SdgMap.Model;

namespace SdgMap.Serialization;

/// <summary>Source-generated System.Text.Json metadata for the plan format, so reading and writing need no reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(StrictEnumConverter<SdgMarks>), typeof(StrictEnumConverter<LostField>)],
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    WriteIndented = true,
    NewLine = "\n",
    MaxDepth = 64)]
[JsonSerializable(typeof(Plan))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;

/// <summary>
/// Enums as the schema's names only: <c>"sdgMarks": 99</c> or <c>"99"</c> is refused, where the
/// default string-enum converter read both as an undefined value that then validated clean.
/// </summary>
internal sealed class StrictEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(namingPolicy: null, allowIntegerValues: false)
    where TEnum : struct, Enum;
