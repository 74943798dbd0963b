using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Serialization;

namespace SdgMap.Tests.Hostile;

/// <summary>Tests that measure allocation run alone, so other tests' allocations do not count.</summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;

/// <summary>
/// Inputs whose memory must stay proportional to the input and the output, never to something
/// larger hiding between them: records of a table, candidate pairs of near-identical texts.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class MemoryTests
{
    private static readonly PlanCsv.PlanHeader Header = new() { Id = "m", Municipality = new Municipality { Name = "架空市" }, Title = "t" };

    private const int SixtyFourMiB = 64 << 20;

    private static long Allocated(Action action)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        action();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    [Fact]
    public void Table_64MiBOfBlankLines_AllocatesLittleBeyondTheText()
    {
        var text = "level,title\n施策,t\n" + new string('\n', SixtyFourMiB - 100);
        Plan? plan = null;
        var bytes = Allocated(() => plan = PlanCsv.Parse(text, Header));
        Assert.Single(plan!.Elements);

        // Splitting the text whole made 67 million records (gigabytes); reading one at a time keeps a few.
        Assert.True(bytes < 16 << 20, $"{bytes:N0} bytes allocated");
    }

    [Fact]
    public void Table_64MiBOfCommas_IsRefused_WithoutHoldingTheCells()
    {
        var text = "level,title\n施策," + new string(',', SixtyFourMiB - 100);
        PlanInputException? e = null;
        var bytes = Allocated(() => e = Assert.Throws<PlanInputException>(() => PlanCsv.Parse(text, Header)));
        Assert.Contains("cells but the header names 2 columns", e!.Message, StringComparison.Ordinal);
        Assert.True(bytes < 16 << 20, $"{bytes:N0} bytes allocated");
    }

    [Fact]
    public void Table_HeaderPastMaxColumns_IsRefused_NamingTheLimit()
    {
        var e = Assert.Throws<PlanInputException>(() => PlanCsv.Parse("level,title,,,,\n施策,t\n", Header, limits: new PlanLimits { MaxColumns = 4 }));
        Assert.Contains("the header has 6 columns, more than the limit of 4 (PlanLimits.MaxColumns)", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, e.Row);
    }

    [Fact]
    public void Table_RowsPastMaxElements_AreRefusedAtTheFirstRowPast()
    {
        var text = "level,title\n" + string.Concat(Enumerable.Repeat("施策,t\n", 1000));
        var e = Assert.Throws<PlanInputException>(() => PlanCsv.Parse(text, Header, limits: new PlanLimits { MaxElements = 10 }));
        Assert.Equal(12, e.Row);
        Assert.Contains("PlanLimits.MaxElements", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_ACellPastMaxStringBytes_IsRefusedBeforeItIsRead()
    {
        var text = "level,title\n施策,\"" + new string('あ', 3_000_000) + "\"\n";
        PlanInputException? e = null;
        var bytes = Allocated(() => e = Assert.Throws<PlanInputException>(() => PlanCsv.Parse(text, Header, limits: new PlanLimits { MaxStringBytes = 1000 })));
        Assert.Contains("PlanLimits.MaxStringBytes", e!.Message, StringComparison.Ordinal);
        Assert.True(bytes < 1 << 20, $"{bytes:N0} bytes allocated");
    }

    [Fact]
    public void Reuse_On20000NearIdenticalTitles_NeedsMemoryForTheTextsNotThePairs()
    {
        var elements = Enumerable.Range(0, 20_000)
            .Select(i => new PlanElement { Id = $"e{i}", Level = "施策", Title = $"地域包括ケアシステムの推進と医療介護連携の強化{i % 200:000}{(char)('あ' + (i / 200 % 80))}" })
            .ToList();
        var plan = new Plan { Id = "near", Municipality = new Municipality { Name = "架空市" }, Title = "t", Levels = [new PlanLevel { Name = "施策" }], Elements = elements };
        var graph = PlanGraph.Build([PlanDocument.FromPlan(plan)]);
        IReadOnlyList<ReuseGroup> groups = [];
        var bytes = Allocated(() => groups = graph.Reuse(new ReuseOptions { Explicit = false, SharedTargets = false }));

        // These titles form about 7.5 million similar pairs: holding them (the index and its form
        // pairs) took over 800 MB; folding them into the groups as found takes about 120 MB.
        var group = Assert.Single(groups);
        Assert.True(group.Elements.Count > 19_000, $"{group.Elements.Count} in the group");
        Assert.True(bytes < 300L << 20, $"{bytes:N0} bytes allocated");
    }

    [Fact]
    public void CoverageMatrixCells_ReadBy16ThreadsAtOnce_AreMadeOnce()
    {
        for (var round = 0; round < 200; round++)
        {
            var made = 0;
            var matrix = CoverageMatrix.Deferred(
                [new MatrixRow { Plan = "p", Key = "p", Label = "p" }],
                [MatrixColumn.Of(SdgMap.Catalog.SdgId.Parse("3"))],
                [1],
                () =>
                {
                    Interlocked.Increment(ref made);
                    Thread.SpinWait(1000);
                    return [new MatrixCell { Row = 0, Column = 0, Plan = "p", RowKey = "p", ColumnKey = "3", Count = 1, Elements = [] }];
                });
            using var start = new Barrier(16);
            var seen = new IReadOnlyList<MatrixCell>[16];
            var threads = Enumerable.Range(0, 16).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                seen[t] = matrix.Cells;
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Assert.Equal(1, made);
            Assert.All(seen, s => Assert.Same(seen[0], s));
            Assert.Equal(1, matrix.Count(0, 0));
        }
    }
}
