namespace SdgMap.Catalog;

/// <summary>One entry of the SDG global indicator framework (<c>16.6.1</c>).</summary>
/// <remarks>A few indicators are listed under more than one target; each listing is its own entry.</remarks>
public sealed record SdgIndicator
{
    /// <summary>The indicator code as the UN prints it (<c>16.6.1</c>).</summary>
    public required string Code { get; init; }

    /// <summary>The target the indicator is listed under.</summary>
    public required SdgId Target { get; init; }

    /// <summary>The official English text.</summary>
    public required string TitleEn { get; init; }
}
