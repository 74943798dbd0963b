using System.Diagnostics;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Serialization;

namespace SdgMap.Tests.Hostile;

/// <summary>
/// Inputs shaped to make a reader block or a query go quadratic: named pipes where files are
/// expected, and parent chains hundreds of thousands deep. Each test has a generous timeout that a
/// hang or an n² walk would blow through (200,000 deep was minutes per query), not a timing assertion.
/// </summary>
public sealed class PathologicalShapeTests : IDisposable
{
    private const int Deep = 200_000;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sdgmap-shape-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string In(string name) => Path.Combine(_folder.FullName, name);

    private string Valid(string name)
    {
        var path = In(name);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Hostile", "Cases", "valid.json"), path);
        return path;
    }

    private string Fifo(string name)
    {
        var path = In(name);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    /// <summary>A chain <paramref name="count"/> deep, every element at level 施策, the deepest linking 3.8 and the middle one 16.6 (suggested).</summary>
    internal static PlanDocument Chain(int count, int rings = 0, string leafLevel = "施策")
    {
        var elements = new PlanElement[count];
        for (var i = 0; i < count; i++)
        {
            elements[i] = new PlanElement
            {
                Id = $"e{i}",
                Level = i == count - 1 ? leafLevel : "施策",
                Title = "連鎖",
                Parent = i == 0 ? (rings > 0 ? $"e{rings - 1}" : null) : $"e{i - 1}",
                Sdg = i == count - 1 ? [SdgId.Parse("3.8")] : [],
                Suggested = i == count / 2 ? new SuggestedLinks { Sdg = [new SuggestedSdgLink { Id = SdgId.Parse("16.6"), By = "test" }] } : null,
            };
        }

        var plan = new Plan
        {
            Id = "chain",
            Municipality = new Municipality { Name = "架空市" },
            Title = "連鎖",
            Levels = [new PlanLevel { Name = "施策" }, new PlanLevel { Name = "事業" }],
            Elements = elements,
        };
        return PlanDocument.FromPlan(plan, "chain.json");
    }

    [Fact(Timeout = 120_000)]
    public async Task CoverageByLevel_OnAChain200000Deep_IsOnePass()
    {
        var graph = PlanGraph.Build([Chain(Deep)]);
        var rows = await Task.Run(() => graph.Coverage(SdgLevel.Goal, new QueryScope { Level = "施策", IncludeSuggested = true }));
        var health = rows.Single(r => r.Sdg == SdgId.Parse("3"));
        Assert.Equal(Deep, health.Count);
        Assert.Equal(Deep - 1, health.RolledUp.Count);
        var justice = rows.Single(r => r.Sdg == SdgId.Parse("16"));
        Assert.Equal((Deep / 2) + 1, justice.Count);
        Assert.Equal(justice.Count, justice.SuggestedOnly.Count);
    }

    [Fact(Timeout = 120_000)]
    public async Task GapsByLevel_OnAChain200000Deep_IsOnePass()
    {
        // The only link stands on the leaf, one level below: at 施策, goal 3 is covered only through descendants.
        var graph = PlanGraph.Build([Chain(Deep, leafLevel: "事業")]);
        var gaps = await Task.Run(() => graph.Gaps(new GapOptions { Level = "施策", Kinds = [GapKind.RolledUpOnlyGoal, GapKind.NoSdgLink] }));
        Assert.Equal(Deep - 1, gaps.Count(g => g.Kind == GapKind.NoSdgLink));
        Assert.Single(gaps, g => g.Kind == GapKind.RolledUpOnlyGoal && g.Subject == "3");
    }

    [Fact]
    public void RollUp_AgreesWithWalkingEachSubtree_OnAPlanWithACycle()
    {
        // e0 -> e2 -> e1 -> e0 is a ring (e0's parent is e2); e3.. hang below it.
        var document = Chain(8, rings: 3);
        var graph = PlanGraph.Build([document]);
        var index = graph.Index("chain");
        var subtree = SubtreeLinks.Compute(index, graph.Catalog.DenseCount, includeSuggested: true);
        for (var i = 0; i < index.Count; i++)
        {
            var walked = index.Descendants(i).Append(i).SelectMany(d => index.Declared[d]).Distinct().Order();
            Assert.Equal(walked, subtree.Declared(i).Order());
            var walkedSuggested = index.Descendants(i).Append(i).SelectMany(d => index.Suggested[d]).Distinct().Order();
            Assert.Equal(walkedSuggested, subtree.Suggested(i).Order());
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task NamedPipeInAPlanFolder_IsLeftOut_AndNothingBlocks()
    {
        var plan = Valid("plan.json");
        Fifo("pipe.json");
        var found = await Task.Run(() => PlanFiles.Find([_folder.FullName]));
        Assert.Equal([plan], found);
        var (code, _, _) = await Task.Run(() => HostileCorpusTests.Run("summary", _folder.FullName));
        Assert.Equal(0, code);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("summary")]
    [InlineData("validate")]
    public async Task NamedPipeNobodyWritesTo_AsAPlan_Exits2_WithoutBlocking(string command)
    {
        var fifo = Fifo("pipe.json");
        var (code, _, stderr) = await Task.Run(() => HostileCorpusTests.Run(command, fifo));
        Assert.Equal(2, code);
        HostileCorpusTests.AssertOneParagraph(stderr);
        Assert.Contains("named pipe", stderr, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task NamedPipeNobodyWritesTo_AsConfig_Exits2_WithoutBlocking()
    {
        var plan = Valid("plan.json");
        var fifo = Fifo("config.json");
        var (code, _, stderr) = await Task.Run(() => HostileCorpusTests.Run("validate", plan, "--config", fifo));
        Assert.Equal(2, code);
        Assert.Contains(fifo, stderr, StringComparison.Ordinal);
        Assert.Contains("named pipe", stderr, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task NamedPipeNobodyWritesTo_AsATable_Exits2_WithoutBlocking()
    {
        var fifo = Fifo("table.csv");
        var (code, _, stderr) = await Task.Run(() => HostileCorpusTests.Run("import", fifo, "--id", "x", "--municipality", "架空市"));
        Assert.Equal(2, code);
        Assert.Contains("named pipe", stderr, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task NamedPipeSomethingWritesInto_IsRead()
    {
        var fifo = Fifo("pipe.json");
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Hostile", "Cases", "valid.json"));
        var writer = Task.Run(async () =>
        {
            // Opening for writing waits for the reader, so this is written once sdgmap has opened the pipe.
            await using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            await stream.WriteAsync(bytes);
        });
        await Task.Delay(200);

        // The writer's open is waiting, or done: either way the reader's open finds a writer or the data.
        var document = await Task.Run(() => PlanJson.Load(fifo));
        await writer;
        Assert.Equal("hostile", document.Plan.Id);
    }
}
