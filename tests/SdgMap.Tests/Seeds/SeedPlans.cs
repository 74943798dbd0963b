using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Tests.Seeds;

/// <summary>The plans shipped in data/plans, read once for all seed tests.</summary>
internal static class SeedPlans
{
    private static readonly Lazy<IReadOnlyList<PlanDocument>> Documents = new(() => PlanFiles.LoadAll([RepoPaths.Plans]));

    private static readonly Lazy<PlanGraph> LazyGraph = new(() => PlanGraph.Build(All));

    public static IReadOnlyList<PlanDocument> All => Documents.Value;

    public static PlanGraph Graph => LazyGraph.Value;

    public static Plan Plan(string id) => All.Single(d => d.Plan.Id == id).Plan;

    public static PlanElement Element(string planId, string elementId) => Plan(planId).Elements.Single(e => e.Id == elementId);

    public static int Count(string planId, string level) => Plan(planId).Elements.Count(e => e.Level == level);
}
