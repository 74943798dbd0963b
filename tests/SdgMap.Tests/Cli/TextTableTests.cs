using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SdgMap.Cli.Output;
using SdgMap.Text;

namespace SdgMap.Tests.Cli;

public class TextTableTests
{
    // Latin words, Japanese, full-width digits, spaces and an emoji: what plan titles mix.
    private static readonly string[] Pieces = ["a", "word", " ", "  ", "計画", "の推進", "１６．６", "、", "(素案)", "🌏", "x-y"];

    public static class Arbitraries
    {
        public static Arbitrary<string> Text() =>
            Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p)).ToArbitrary();

        public static Arbitrary<int> Width() => Gen.Choose(1, 30).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public void Wrap_JoinedPiecesAreTheText(string text, int width) =>
        Assert.Equal(text, string.Concat(DisplayWidth.Wrap(text, width)));

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public void Wrap_EveryPieceFitsTheWidth_UnlessOneCharacterIsWiderThanIt(string text, int width) =>
        Assert.All(DisplayWidth.Wrap(text, width), piece =>
            Assert.True(DisplayWidth.Of(piece.TrimEnd(' ')) <= width || piece.TrimEnd(' ').EnumerateRunes().Count() == 1, $"'{piece}' at {width}"));

    [Fact]
    public void Wrap_BreaksEnglishAtSpaces()
    {
        Assert.Equal(["Develop ", "effective ", "institutions"], DisplayWidth.Wrap("Develop effective institutions", 12));
    }

    [Fact]
    public void Wrap_NeverStartsALineWithAClosingMark_MovingTheCharacterBeforeItDown()
    {
        Assert.Equal(["あああ", "あ、い"], DisplayWidth.Wrap("ああああ、い", 8));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void Write_NoLineIsWiderThanTheWidth_WhenTheNarrowestLayoutFits(string a, string b, string c)
    {
        const int width = 40;
        var output = new StringWriter();
        TextTable.Write(["plan", "title", "note"], [[[a], [b], [c, a]], [[b], [c], [a]]], width, output);
        Assert.All(output.ToString().TrimEnd('\n').Split('\n'), line => Assert.True(DisplayWidth.Of(line) <= width, line));
    }

    [Fact]
    public void Fit_KeepsColumnsThatFit_AndSharesTheRestAmongTheWideOnes()
    {
        Assert.Equal([4, 3, 10], TextTable.Fit([4, 3, 10], ["plan", "sdg", "elements"], 17));
        Assert.Equal([4, 3, 13], TextTable.Fit([4, 3, 50], ["plan", "sdg", "elements"], 20));
    }
}
