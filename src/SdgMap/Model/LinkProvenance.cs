namespace SdgMap.Model;

/// <summary>Where a link between an element and an SDG goal, target or taxonomy term comes from.</summary>
public enum LinkProvenance
{
    /// <summary>The source document declares it for the element.</summary>
    Declared,

    /// <summary>The source declares it for an ancestor; the element inherits it through the hierarchy.</summary>
    Inherited,

    /// <summary>A tool proposed it; no source declares it.</summary>
    Suggested,
}
