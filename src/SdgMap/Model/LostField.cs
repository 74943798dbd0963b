using System.Text.Json.Serialization;

namespace SdgMap.Model;

/// <summary>A part of an element the source text lost.</summary>
public enum LostField
{
    /// <summary>The title (drawn as a picture).</summary>
    [JsonStringEnumMemberName("title")]
    Title,

    /// <summary>The printed code.</summary>
    [JsonStringEnumMemberName("code")]
    Code,

    /// <summary>The SDG marks.</summary>
    [JsonStringEnumMemberName("sdg")]
    Sdg,

    /// <summary>Theme or community-care marks.</summary>
    [JsonStringEnumMemberName("tags")]
    Tags,

    /// <summary>The values of the element's KPIs.</summary>
    [JsonStringEnumMemberName("kpiValues")]
    KpiValues,

    /// <summary>The description.</summary>
    [JsonStringEnumMemberName("description")]
    Description,
}
