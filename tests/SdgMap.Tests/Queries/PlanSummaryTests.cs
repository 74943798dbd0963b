using FsCheck.Xunit;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Tests.Generators;

namespace SdgMap.Tests.Queries;

public class PlanSummaryTests
{
    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Counts_AddUpToElements_OneRowPerLevel(Plan plan)
    {
        var rows = PlanSummary.ElementsPerLevel([plan]);
        return rows.Sum(r => r.Count) == plan.Elements.Count
            && rows.Where(r => r.Depth > 0).Select(r => r.Depth).SequenceEqual(Enumerable.Range(1, plan.Levels.Count));
    }

    [Fact]
    public void UnknownLevel_IsCountedAtDepthZero()
    {
        var plan = new Plan
        {
            Id = "p",
            Municipality = new Municipality { Name = "市" },
            Title = "t",
            Levels = [new PlanLevel { Name = "施策" }],
            Elements = [new PlanElement { Id = "a", Level = "施策", Title = "a" }, new PlanElement { Id = "b", Level = "謎", Title = "b" }],
        };
        Assert.Equal([(1, "施策", 1), (0, "謎", 1)], PlanSummary.ElementsPerLevel([plan]).Select(r => (r.Depth, r.Level, r.Count)));
    }

    [Fact]
    public void Catalog_GoalsAndTargets_Has186RowsInUnOrder()
    {
        var rows = CatalogQueries.GoalsAndTargets();
        Assert.Equal(17 + 169, rows.Count);
        Assert.Equal(["1", "1.1"], rows.Take(2).Select(r => r.Id));
        Assert.Equal("17.19", rows[^1].Id);
    }

    [Fact]
    public void Catalog_Lookup_Target_ListsItsIndicators() =>
        Assert.Equal(["16.6", "16.6.1", "16.6.2"], CatalogQueries.Lookup("１６．６").Select(r => r.Id));
}
