using System.Text.Json.Serialization;

namespace SdgMap.Validation;

/// <summary>How much a finding matters.</summary>
public enum Severity
{
    /// <summary>Worth knowing; never fails a check.</summary>
    [JsonStringEnumMemberName("info")]
    Info,

    /// <summary>Probably a mistake in the plan or its source.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>The plan is inconsistent; a check fails.</summary>
    [JsonStringEnumMemberName("error")]
    Error,
}
