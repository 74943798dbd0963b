using FsCheck.Xunit;
using SdgMap.Reuse;
using SdgMap.Tests.Generators;

namespace SdgMap.Tests.Reuse;

public class ReuseTextTests
{
    [Theory]
    [InlineData("地域福祉の推進。", "地域福祉の推進")]
    [InlineData("【重点】「安心」・（仮称）子育て支援、充実！", "重点安心仮称子育て支援充実")]
    [InlineData("ＳＤＧｓ　１０年後の姿", "SDGs10年後の姿")]
    [InlineData("ｶﾞｲﾄﾞﾌﾞｯｸ", "ガイドブック")]
    [InlineData("a-b (c), d.\te\nf", "abcdef")]
    [InlineData("①協働〜推進🌸", "1協働推進")]
    [InlineData("。、・", "")]
    public void Normalize_DropsPunctuationSymbolsAndSpace_FoldsWidth(string text, string expected) =>
        Assert.Equal(expected, ReuseText.Normalize(text));

    [Fact]
    public void Normalize_LoneSurrogate_BecomesReplacementCharacterWhichIsDropped() =>
        Assert.Equal("ab", ReuseText.Normalize("a\uD800b"));

    [Property(MaxTest = 500)]
    public bool Normalize_IsIdempotent(string? text)
    {
        var once = ReuseText.Normalize(text ?? string.Empty);
        return ReuseText.Normalize(once) == once;
    }

    [Property(Arbitrary = [typeof(ReuseArbitraries)])]
    public bool Normalize_FullWidthAndHalfWidth_AreEqual(string[] corpus) =>
        corpus.All(t => ReuseText.Normalize(ReuseGen.FullWidth(t)) == ReuseText.Normalize(t));

    [Fact]
    public void Shingles_SurrogatePairIsOneCharacter()
    {
        Assert.Single(ReuseText.Shingles("𠮷"));
        Assert.Single(ReuseText.Shingles("𠮷野"));
        Assert.Equal(2, ReuseText.Shingles("𠮷野家").Length);
    }

    [Fact]
    public void Shingles_OneCharacterIsItsOwnShingle_EmptyHasNone()
    {
        Assert.Single(ReuseText.Shingles("市"));
        Assert.NotEqual(ReuseText.Shingles("市"), ReuseText.Shingles("町"));
        Assert.Empty(ReuseText.Shingles("、。"));
    }

    [Fact]
    public void Shingles_AreSortedDistinctTwoGramsOfTheNormalisedText()
    {
        var shingles = ReuseText.Shingles("推進、推進");
        Assert.Equal(2, shingles.Length); // 推進, 進推
        Assert.Equal(shingles.Order(), shingles);
    }

    [Property(MaxTest = 300)]
    public bool Shingles_DistinctBmpTwoGrams_HaveDistinctKeys(char a, char b, char c, char d)
    {
        if (char.IsSurrogate(a) || char.IsSurrogate(b) || char.IsSurrogate(c) || char.IsSurrogate(d))
        {
            return true;
        }

        var x = ReuseText.Normalize($"{a}{b}");
        var y = ReuseText.Normalize($"{c}{d}");
        return x.Length != 2 || y.Length != 2 || x == y || ReuseText.Shingles(x)[0] != ReuseText.Shingles(y)[0];
    }

    [Property(Arbitrary = [typeof(ReuseArbitraries)])]
    public bool Jaccard_IsSymmetricAndWithinUnitInterval(string[] corpus)
    {
        var sets = corpus.Select(ReuseText.Shingles).ToArray();
        return sets.All(a => sets.All(b =>
        {
            var j = ReuseText.Jaccard(a, b);
            return j is >= 0 and <= 1 && j == ReuseText.Jaccard(b, a);
        }));
    }

    [Property(Arbitrary = [typeof(ReuseArbitraries)])]
    public bool Jaccard_IdenticalNonEmptyTexts_ScoreOne(string[] corpus) =>
        corpus.Select(ReuseText.Shingles).Where(s => s.Length > 0).All(s => ReuseText.Jaccard(s, s) == 1);

    [Fact]
    public void Jaccard_EmptySets_AreSimilarToNothing()
    {
        Assert.Equal(0, ReuseText.Jaccard([], []));
        Assert.Equal(0, ReuseText.Jaccard([], ReuseText.Shingles("推進")));
    }

    [Fact]
    public void Jaccard_CountsSharedTwoGrams()
    {
        // 地域福祉の推進 {地域 域福 福祉 祉の の推 推進} vs 地域福祉の充実 {地域 域福 福祉 祉の の充 充実}: 4 / 8.
        Assert.Equal(0.5, ReuseText.Jaccard(ReuseText.Shingles("地域福祉の推進"), ReuseText.Shingles("地域福祉の充実")));
    }
}
