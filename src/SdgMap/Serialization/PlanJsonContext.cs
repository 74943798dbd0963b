using System.Text.Json.Serialization;
using SdgMap.Model;

namespace SdgMap.Serialization;

/// <summary>Source-generated System.Text.Json metadata for the plan format, so reading and writing need no reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    WriteIndented = true,
    NewLine = "\n",
    MaxDepth = 64)]
[JsonSerializable(typeof(Plan))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
