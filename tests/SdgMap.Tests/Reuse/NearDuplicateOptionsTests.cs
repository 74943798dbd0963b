using SdgMap.Reuse;

namespace SdgMap.Tests.Reuse;

public class NearDuplicateOptionsTests
{
    [Fact]
    public void Defaults_ResolveToSeventeenBandsOfFourRows()
    {
        var options = new NearDuplicateOptions();
        Assert.Equal(0.7, options.Threshold);
        Assert.Equal(1000, options.MaxBucketSize);
        Assert.Equal(new LshBands(17, 4), options.ResolveBanding());
    }

    [Fact]
    public void Banding_Explicit_IsUsedWhenWithinBudget()
    {
        Assert.Equal(new LshBands(20, 5), new NearDuplicateOptions { Banding = new LshBands(20, 5) }.ResolveBanding());
        Assert.Throws<ArgumentException>(() => new NearDuplicateOptions { Banding = new LshBands(20, 7) }.ResolveBanding());
        Assert.Throws<ArgumentException>(() => new NearDuplicateOptions { Banding = new LshBands(0, 7) }.ResolveBanding());
    }

    [Fact]
    public void Properties_OutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateOptions { Threshold = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateOptions { Threshold = double.NaN });
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateOptions { HashCount = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateOptions { MaxBucketSize = 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateOptions { MinProbabilityAtThreshold = 1 });
    }
}
