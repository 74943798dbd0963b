using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SdgMap.Reuse;

namespace SdgMap.Tests.Reuse;

public class LshBandingTests
{
    [Theory]
    [InlineData(0.7, 128, 17, 4)]
    [InlineData(0.8, 128, 16, 6)]
    [InlineData(0.9, 128, 11, 10)]
    [InlineData(1.0, 128, 1, 128)]
    public void Choose_DefaultHashCount_PicksSteepestCurveWithFewestBands(double threshold, int hashes, int bands, int rows) =>
        Assert.Equal(new LshBands(bands, rows), LshBanding.Choose(threshold, hashes));

    [Property(MaxTest = 300)]
    public Property Choose_ReachesProbabilityWithinBudget_AndNoSteeperCurveDoes() =>
        Prop.ForAll(
            Gen.Choose(5, 100).Select(p => p / 100.0).ToArbitrary(),
            Gen.Choose(1, 256).ToArbitrary(),
            (threshold, hashes) =>
            {
                LshBands chosen;
                try
                {
                    chosen = LshBanding.Choose(threshold, hashes);
                }
                catch (ArgumentException)
                {
                    // Only when even one row per band cannot reach 0.99 within the budget.
                    return LshBanding.CandidateProbability(threshold, hashes, 1) < 0.99;
                }

                var steeper = chosen.Rows < hashes && LshBanding.CandidateProbability(threshold, hashes / (chosen.Rows + 1), chosen.Rows + 1) >= 0.99;
                var fewer = chosen.Bands > 1 && LshBanding.CandidateProbability(threshold, chosen.Bands - 1, chosen.Rows) >= 0.99;
                return chosen.CandidateProbability(threshold) >= 0.99 && chosen.Hashes <= hashes && !steeper && !fewer;
            });

    [Fact]
    public void CandidateProbability_FollowsTheSCurve()
    {
        Assert.Equal(0, LshBanding.CandidateProbability(0, 17, 4));
        Assert.Equal(1, LshBanding.CandidateProbability(1, 17, 4));
        Assert.Equal(1 - Math.Pow(1 - Math.Pow(0.5, 4), 17), LshBanding.CandidateProbability(0.5, 17, 4), 12);
        var curve = Enumerable.Range(0, 101).Select(s => LshBanding.CandidateProbability(s / 100.0, 17, 4)).ToArray();
        Assert.Equal(curve.Order(), curve);
    }

    [Fact]
    public void Choose_UnreachableWithBudget_SaysHowManyHashesItTakes()
    {
        var error = Assert.Throws<ArgumentException>(() => LshBanding.Choose(0.05, 10));
        Assert.Contains("at least 90 hashes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 128, 0.99)]
    [InlineData(1.5, 128, 0.99)]
    [InlineData(0.7, 0, 0.99)]
    [InlineData(0.7, 128, 1)]
    public void Choose_OutOfRange_Throws(double threshold, int hashes, double probability) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LshBanding.Choose(threshold, hashes, probability));
}
