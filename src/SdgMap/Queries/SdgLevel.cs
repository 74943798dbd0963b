using System.Text.Json.Serialization;

namespace SdgMap.Queries;

/// <summary>Whether a query speaks of SDG goals or of SDG targets.</summary>
public enum SdgLevel
{
    /// <summary>The 17 goals; a target link covers its goal.</summary>
    [JsonStringEnumMemberName("goal")]
    Goal,

    /// <summary>The 169 targets; a goal-only link covers no target.</summary>
    [JsonStringEnumMemberName("target")]
    Target,
}
