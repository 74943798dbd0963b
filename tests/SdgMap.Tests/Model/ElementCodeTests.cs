using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SdgMap.Model;

namespace SdgMap.Tests.Model;

public class ElementCodeTests
{
    [Theory]
    [InlineData("経３-３", "経3-3")]
    [InlineData("４－２－5", "4-2-5")]
    [InlineData("施策 2 - 2 1 4", "2-214")]
    [InlineData("１－１", "1-1")]
    [InlineData("7-1.", "7-1")]
    [InlineData("（１）", "(1)")]
    [InlineData("1ー2", "1-2")]
    [InlineData("1―2", "1-2")]
    [InlineData("基本事業 １－１－１", "1-1-1")]
    [InlineData("センター", "センター")]
    public void Normalize_PrintedCodes_GivesComparableCodes(string printed, string expected) =>
        Assert.Equal(expected, ElementCode.Normalize(printed));

    // Found by the fuzzer: NFKC turns ˙ into a space and a combining dot, and removing the space
    // lets the dot compose with the S before it, so one pass was not final.
    // Found by the fuzzer: the framework's NFKC refuses U+FFFE; it is read as U+FFFD.
    [Fact]
    public void Normalize_Noncharacter_BecomesReplacementCharacter() =>
        Assert.Equal("1-\uFFFD", ElementCode.Normalize("１－\uFFFE"));

    [Theory]
    [InlineData("S˙６", "Ṡ6")]
    [InlineData("S ˙", "Ṡ")]
    public void Normalize_SpaceBeforeCombiningMark_IsStableAfterOneCall(string printed, string expected)
    {
        Assert.Equal(expected, ElementCode.Normalize(printed));
        Assert.Equal(expected, ElementCode.Normalize(expected));
    }

    [Property]
    public bool Normalize_IsIdempotent(string? text)
    {
        text ??= string.Empty;
        var once = ElementCode.Normalize(text);
        return ElementCode.Normalize(once) == once;
    }

    [Property]
    public bool Normalize_FullWidthDigitsAndDashes_EqualsAscii(byte a, byte b)
    {
        var ascii = $"{a}-{b}";
        var fullWidth = string.Concat(ascii.Select(c => c == '-' ? '－' : (char)(c + 0xFEE0)));
        return ElementCode.Normalize(fullWidth) == ascii;
    }

    /// <summary>Codes made mostly of what the shortcut takes (ASCII), with the characters that turn it off mixed in.</summary>
    public static class CodeLike
    {
        private static readonly char[] Alphabet = [.. "0123456789-.()abcXYZ!~", ' ', '\t', '\u007F', '\u00A0', '１', '－', 'ー', '施', '策', '．', '\u0307'];

        public static Arbitrary<string> Code() => Gen.Elements(Alphabet).ArrayOf().Select(cs => new string(cs)).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(CodeLike)], MaxTest = 2000)]
    public bool Normalize_AsciiShortcut_GivesWhatTheRulesGive(string printed) =>
        ElementCode.Normalize(printed) == ElementCode.NormalizeByRules(printed);

    [Fact]
    public void Normalize_CodeAlreadyNormal_ReturnsTheSameInstance()
    {
        var printed = new string("1-2-3".AsSpan());
        Assert.Same(printed, ElementCode.Normalize(printed));
    }
}
