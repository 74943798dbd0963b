namespace SdgMap.Model;

/// <summary>The taxonomies every plan can use without defining them.</summary>
public static class BuiltInTaxonomies
{
    /// <summary>The id of the community-care taxonomy.</summary>
    public const string CareId = "care";

    /// <summary>
    /// 地域包括ケアシステム (integrated community care): its five elements 医療・介護・予防・住まい・生活支援,
    /// and its deepening into 地域共生社会 (an inclusive community).
    /// </summary>
    public static Taxonomy Care { get; } = new()
    {
        Id = CareId,
        Name = "地域包括ケア",
        Description = "地域包括ケアシステムの5つの構成要素（医療・介護・予防・住まい・生活支援）と、その深化としての地域共生社会",
        Terms =
        [
            new() { Id = "medical", Label = "医療" },
            new() { Id = "nursing", Label = "介護" },
            new() { Id = "prevention", Label = "予防" },
            new() { Id = "housing", Label = "住まい" },
            new() { Id = "living-support", Label = "生活支援" },
            new() { Id = "inclusive-community", Label = "地域共生社会" },
        ],
    };

    /// <summary>Every built-in taxonomy.</summary>
    public static IReadOnlyList<Taxonomy> All { get; } = [Care];
}
