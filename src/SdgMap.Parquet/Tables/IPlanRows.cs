using SdgMap.Graph;

namespace SdgMap.Parquet.Tables;

/// <summary>A table whose rows come plan by plan, so that a batch of plans makes one row group.</summary>
internal interface IPlanRows
{
    /// <summary>Adds the rows of one plan.</summary>
    void Add(PlanGraph graph, PlanIndex index);
}
