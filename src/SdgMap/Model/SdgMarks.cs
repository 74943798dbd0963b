namespace SdgMap.Model;

/// <summary>What the source says about an element's SDG links.</summary>
public enum SdgMarks
{
    /// <summary>The source declares SDG goals or targets for the element.</summary>
    Declared,

    /// <summary>The source declares no SDG link for the element.</summary>
    None,

    /// <summary>The source marked SDGs for the element, but the marks were pictures the text lost.</summary>
    Lost,
}
