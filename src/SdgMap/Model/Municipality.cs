namespace SdgMap.Model;

/// <summary>The local government a plan belongs to.</summary>
public sealed record Municipality
{
    /// <summary>The name as printed (<c>久喜市</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The romanised name (<c>Kuki</c>).</summary>
    public string? NameEn { get; init; }

    /// <summary>The six-digit national local-government code (全国地方公共団体コード) with its check digit, where known.</summary>
    public string? Code { get; init; }
}
