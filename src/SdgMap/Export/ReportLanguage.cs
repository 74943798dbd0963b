namespace SdgMap.Export;

/// <summary>The language of a chart's or report's own labels (element titles stay as printed).</summary>
public enum ReportLanguage
{
    /// <summary>Japanese: goal short names as on the goal icons (「貧困をなくそう」 …).</summary>
    Japanese,

    /// <summary>English: the UN's short goal names (No poverty …).</summary>
    English,
}
