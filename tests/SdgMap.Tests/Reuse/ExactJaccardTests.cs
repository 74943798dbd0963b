using SdgMap.Reuse;

namespace SdgMap.Tests.Reuse;

public class ExactJaccardTests
{
    [Fact]
    public void AllPairs_ComparesEveryPairAfterNormalising()
    {
        var pairs = ExactJaccard.AllPairs(["地域福祉の推進", "地域福祉の充実", "地域福祉の推進。", "。"], 0.5);
        Assert.Equal(
            [new SimilarPair(0, 1, 0.5, 4), new SimilarPair(0, 2, 1, 6), new SimilarPair(1, 2, 0.5, 4)],
            pairs);
    }

    [Fact]
    public void AllPairs_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ExactJaccard.AllPairs(null!, 0.7));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExactJaccard.AllPairs(["a"], 0));
    }
}
