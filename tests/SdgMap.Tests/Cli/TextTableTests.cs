using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using System.Text;
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

    // What cells from plan files may hold besides plain text: line breaks, controls, a bidi
    // override, a lone surrogate, blank and trailing spaces (ASCII and ideographic), a combining
    // mark and a zero-width joiner sequence.
    private static readonly string[] Hostile = ["\n", "\r\n", "\u0007", "\u202E", "\uD800", "x\uDC00", "\u3000", "   ", "", "e\u0301", "👩\u200D💻", "長い長い長い見出しの文字列", "long-unbroken-identifier-0123456789"];

    private static Gen<string> CellLine() =>
        Gen.Elements([.. Pieces, .. Hostile]).ListOf().Select(p => string.Concat(p));

    public static class Tables
    {
        public static Arbitrary<(string[] Header, string[][][] Rows, int Width)> Table() =>
            (from columns in Gen.Choose(1, 5)
             from header in Gen.Elements("plan", "sdg", "elements", "タイトル", "x").ArrayOf(columns)
             from rows in CellLine().ArrayOf().Resize(3).ArrayOf(columns).ArrayOf().Resize(6)
             from width in Gen.Choose(10, 120)
             select (header, rows, width)).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Tables)], MaxTest = 500)]
    public void Write_PrintsTheSameBytesAsTheReferenceWriter_ForAnyCellsAndWidth((string[] Header, string[][][] Rows, int Width) table)
    {
        IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> rows = [.. table.Rows.Select(r => (IReadOnlyList<IReadOnlyList<string>>)[.. r])];
        var expected = new StringWriter();
        ReferenceTextTable.Write(table.Header, rows, table.Width, expected);
        var actual = new StringWriter();
        TextTable.Write(table.Header, rows, table.Width, actual);
        Assert.Equal(expected.ToString(), actual.ToString());
    }

    [Fact]
    public void DisplayWidth_OfEveryCharacterOfTheBasicPlane_IsTheRuleItself()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                Assert.True(DisplayWidth.Of(((char)c).ToString()) == DisplayWidth.Measure(new Rune(c)), $"U+{c:X4}");
            }
        }
    }

    [Property(MaxTest = 500)]
    public void DisplayWidth_OfText_IsTheSumOverItsRunes_LoneSurrogatesCountingAsU_FFFD(char[] characters)
    {
        var text = new string(characters);
        Assert.Equal(ReferenceTextTable.ReferenceWidth(text), DisplayWidth.Of(text));
    }

    [Fact]
    public void DisplayWidth_Of_CountsWideNarrowAndZeroWidthCharacters()
    {
        Assert.Equal(0, DisplayWidth.Of(string.Empty));
        Assert.Equal(5, DisplayWidth.Of("a\u0007b c"));
        Assert.Equal(6, DisplayWidth.Of("計画の"));
        Assert.Equal(1, DisplayWidth.Of("e\u0301"));
        Assert.Equal(2, DisplayWidth.Of("🌏"));
        Assert.Equal(2, DisplayWidth.Of("\uD800x"));
    }

    [Property(MaxTest = 300)]
    public void CharSet_IndexOfAny_IsTheFirstCharacterThePredicatePicks(char[] characters)
    {
        static bool Picks(char c) => char.IsControl(c) || char.IsSurrogate(c) || c % 97 == 0;
        var set = new CharSet(Picks);
        Assert.Equal(Array.FindIndex(characters, Picks), set.IndexOfAny(characters));
    }

    [Fact]
    public void TerminalText_Safe_OfEveryCharacter_IsWhatTheCleaningRuleGives_WithAndWithoutFormatCharacters()
    {
        Func<char, bool> unsafeOnly = TerminalText.IsUnsafe;
        Func<char, bool> orFormat = c => TerminalText.IsUnsafe(c) || SafeText.IsFormat(c);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = $"a{(char)c}b";
            Assert.Equal(SafeText.Clean(text, unsafeOnly, SafeText.EscapeWhere(unsafeOnly), SafeText.Escape), TerminalText.Safe(text));
            Assert.Equal(SafeText.Clean(text, orFormat, SafeText.EscapeWhere(orFormat), SafeText.Escape), TerminalText.Safe(text, includeFormat: true));
        }
    }

    [Fact]
    public void TerminalText_SafeLine_OfEveryCharacter_IsSafeAfterLineBreaksBecameSpaces()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = $"a{(char)c}b";
            Assert.Equal(TerminalText.Safe(text.ReplaceLineEndings(" ")), TerminalText.SafeLine(text));
        }

        Assert.Equal("a b  c", TerminalText.SafeLine("a\nb\r\n\u2028c"));
    }

    [Fact]
    public void Fit_KeepsColumnsThatFit_AndSharesTheRestAmongTheWideOnes()
    {
        Assert.Equal([4, 3, 10], TextTable.Fit([4, 3, 10], ["plan", "sdg", "elements"], 17));
        Assert.Equal([4, 3, 13], TextTable.Fit([4, 3, 50], ["plan", "sdg", "elements"], 20));
    }
}
