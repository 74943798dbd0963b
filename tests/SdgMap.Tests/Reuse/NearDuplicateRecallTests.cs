using SdgMap.Reuse;

namespace SdgMap.Tests.Reuse;

public class NearDuplicateRecallTests
{
    [Fact]
    public void Measure_CountsFoundTruePairsPerBand()
    {
        SimilarPair[] truth = [new(0, 1, 0.75, 3), new(0, 2, 0.9, 9), new(1, 2, 0.72, 5), new(3, 4, 1, 4)];
        SimilarPair[] found = [new(0, 2, 0.9, 9), new(3, 4, 1, 4), new(1, 2, 0.72, 5)];
        var recall = NearDuplicateRecall.Measure(found, truth, [0.7, 0.8, 0.95]);
        Assert.Equal([0.75, 1, 1], recall.Select(r => r.Recall));
        Assert.Equal([4, 2, 1], recall.Select(r => r.TruePairs));
    }

    [Fact]
    public void Measure_NoTruePairs_IsFullRecall() =>
        Assert.Equal(1, NearDuplicateRecall.Measure([], [], [0.7]).Single().Recall);
}
