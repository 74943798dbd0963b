namespace SdgMap.Catalog;

/// <summary>What a catalogue look-up by id found: a goal, a target or an indicator.</summary>
public abstract record SdgCatalogEntry
{
    private SdgCatalogEntry()
    {
    }

    /// <summary>A goal was found.</summary>
    /// <param name="Value">The goal.</param>
    public sealed record Goal(SdgGoal Value) : SdgCatalogEntry;

    /// <summary>A target was found.</summary>
    /// <param name="Value">The target.</param>
    public sealed record Target(SdgTarget Value) : SdgCatalogEntry;

    /// <summary>An indicator was found, with each target it is listed under.</summary>
    /// <param name="Listings">The listings of the indicator code.</param>
    public sealed record Indicator(IReadOnlyList<SdgIndicator> Listings) : SdgCatalogEntry;
}
