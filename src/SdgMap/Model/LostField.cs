namespace SdgMap.Model;

/// <summary>A part of an element the source text lost.</summary>
public enum LostField
{
    /// <summary>The title (drawn as a picture).</summary>
    Title,

    /// <summary>The printed code.</summary>
    Code,

    /// <summary>The SDG marks.</summary>
    Sdg,

    /// <summary>Theme or community-care marks.</summary>
    Tags,

    /// <summary>The values of the element's KPIs.</summary>
    KpiValues,

    /// <summary>The description.</summary>
    Description,
}
