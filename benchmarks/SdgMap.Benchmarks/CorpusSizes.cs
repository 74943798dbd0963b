using System.Globalization;

namespace SdgMap.Benchmarks;

/// <summary>The corpus sizes the national-scale benchmarks run: 1, 100 and 1,741 plans, or those listed in SDGMAP_PLANS.</summary>
internal static class CorpusSizes
{
    public static IEnumerable<int> FromEnvironment() =>
        Environment.GetEnvironmentVariable("SDGMAP_PLANS") is { Length: > 0 } listed
            ? listed.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))
            : [1, 100, 1741];
}
