using System.Globalization;

namespace SdgMap.Benchmarks.NearDuplicates;

/// <summary>A search's pairs measured against <see cref="SampleTruth"/>.</summary>
public sealed record SampleScore
{
    /// <summary>Texts in the sample.</summary>
    public required int SampleSize { get; init; }

    /// <summary>True pairs among the sample.</summary>
    public required int TruePairs { get; init; }

    /// <summary>Pairs the search reported among the sample.</summary>
    public required int FoundPairs { get; init; }

    /// <summary>Reported pairs that are not true pairs.</summary>
    public required int FalsePairs { get; init; }

    /// <summary>Share of true pairs at Jaccard ≥ 0.7 found.</summary>
    public required double RecallAt07 { get; init; }

    /// <summary>Share of true pairs at Jaccard ≥ 0.8 found.</summary>
    public required double RecallAt08 { get; init; }

    /// <summary>Share of reported pairs that are true; 1 when none were reported.</summary>
    public double Precision => FoundPairs == 0 ? 1 : (double)(FoundPairs - FalsePairs) / FoundPairs;

    /// <summary>Whether recall meets issue 5's targets (0.95 at 0.7, 0.99 at 0.8) and every reported pair is true.</summary>
    public bool MeetsTargets => RecallAt07 >= 0.95 && RecallAt08 >= 0.99 && FalsePairs == 0;

    /// <summary>One line of key=value fields, for people and for run.sh to parse.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"sample={SampleSize} true={TruePairs} found={FoundPairs} false={FalsePairs} recall07={RecallAt07:0.0000} recall08={RecallAt08:0.0000} precision={Precision:0.0000} meets={(MeetsTargets ? "yes" : "no")}");
}
