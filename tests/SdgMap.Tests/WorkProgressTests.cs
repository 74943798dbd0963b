using SdgMap.Graph;
using SdgMap.Queries;
using SdgMap.Samples;
using SdgMap.Suggestions;
using Xunit;

namespace SdgMap.Tests;

public class WorkProgressTests
{
    private static readonly PlanGraph Graph = PlanGraph.Build(SamplePlans.Load());

    private sealed class Recorder : IProgress<WorkProgress>
    {
        public List<WorkProgress> Reports { get; } = [];

        public void Report(WorkProgress value)
        {
            lock (Reports)
            {
                Reports.Add(value);
            }
        }
    }

    [Fact]
    public void Reuse_WithProgress_ReportsThreeStepsInOrder()
    {
        var recorder = new Recorder();
        Graph.Reuse(progress: recorder);
        Assert.Equal([1, 2, 3], recorder.Reports.Select(r => r.Done));
        Assert.All(recorder.Reports, r => Assert.Equal(("reuse", 3), (r.Stage, r.Total)));
    }

    [Fact]
    public void Reuse_CancelledToken_ThrowsOperationCanceled() =>
        Assert.ThrowsAny<OperationCanceledException>(() => Graph.Reuse(cancellationToken: new CancellationToken(canceled: true)));

    [Fact]
    public void Suggest_WithProgress_ReportsEveryPlanOnce()
    {
        var recorder = new Recorder();
        Graph.Suggest(progress: recorder);
        var plans = Graph.Documents.Count;
        Assert.Equal(Enumerable.Range(1, plans), recorder.Reports.Select(r => r.Done).Order());
        Assert.All(recorder.Reports, r => Assert.Equal(("suggest", plans), (r.Stage, r.Total)));
    }
}
