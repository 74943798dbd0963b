using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SdgMap.Suggestions;

namespace SdgMap.Tests.Suggestions;

public class MatchTextTests
{
    [Theory]
    [InlineData("ＩＣＴの活用", "ictの活用")]
    [InlineData("防 災　訓練", "防災訓練")]
    [InlineData("Clean  Water", "clean water")]
    [InlineData("ｶﾞｲﾄﾞ", "ガイド")]
    [InlineData("一行目\r\n\r\n二行目", "一行目\n二行目")]
    public void Of_NormalisesAsTheMatcherReads(string original, string expected) =>
        Assert.Equal(expected, MatchText.Of(original).Text);

    [Fact]
    public void Original_FullWidthWord_MapsBackToItsCharacters()
    {
        var text = MatchText.Of("まずＩＣＴを");
        var start = text.Text.IndexOf("ict", StringComparison.Ordinal);
        Assert.Equal((2, 3), text.Original(start, start + 3));
    }

    [Fact]
    public void Original_ComposedHalfWidthKana_CoversBothSourceCharacters()
    {
        var text = MatchText.Of("ｶﾞｲﾄﾞ");
        Assert.Equal((0, 2), text.Original(0, 1));
        Assert.Equal((0, 5), text.Original(0, text.Text.Length));
    }

    [Property(MaxTest = 500)]
    public Property Original_EverySpanLiesInsideTheSourceAndGrowsWithTheNormalisedSpan() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements("防", "災", "ａ", "A", " ", "　", "\n", "ｶ", "ﾞ", "\uD800", "\uFFFE", "㈱", "①", "é", "e\u0301")).Select(a => string.Concat(a)).ToArbitrary(),
            original =>
            {
                var text = MatchText.Of(original);
                for (var i = 0; i < text.Text.Length; i++)
                {
                    var (s, length) = text.Original(i, i + 1);
                    var (s2, length2) = text.Original(i, text.Text.Length);
                    if (s < 0 || length < 1 || s + length > original.Length || s2 != s || s2 + length2 < s + length)
                    {
                        return false;
                    }
                }

                return true;
            });
}
