using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SdgMap.Serialization;

namespace SdgMap.Tests.Serialization;

public class PlanTextEncoderTests
{
    // Characters near every boundary of the escaping rule, mixed with Japanese and surrogate halves.
    private static readonly char[] Interesting =
        ['a', '"', '\\', '\n', '\0', '\u001F', ' ', '\u007E', '\u007F', '\u0080', '\u009F', '\u00A0', '　', '日', '本', '\u2027', '\u2028', '\u2029', '\uFEFF', '\uD842', '\uDFB7', '\uFFFD', '<', '>', '&'];

    public static Arbitrary<string> Texts() =>
        Gen.Elements(Interesting).ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    [Property(Arbitrary = [typeof(PlanTextEncoderTests)], MaxTest = 500)]
    public bool Encode_EscapesExactlyWhatTheRuleSays(string text) => PlanJson.TextEncoder.Encode(text) == Reference(text);

    [Property(Arbitrary = [typeof(PlanTextEncoderTests)], MaxTest = 500)]
    public bool MarkupEncode_EscapesTheRuleAndAngleBracketsAndAmpersand(string text) =>
        PlanTextEncoder.Markup.Encode(text) == Reference(text).Replace("<", "\\u003C", StringComparison.Ordinal).Replace(">", "\\u003E", StringComparison.Ordinal).Replace("&", "\\u0026", StringComparison.Ordinal);

    [Fact]
    public void IndexOfFirst_EveryCharacterInVectorLanesAndScalarTail_IsFoundExactlyWhenTheRuleSaysSpecial()
    {
        // Each of the 65,536 characters put into 43 characters of plain text in each lane of the
        // vectors (0-31 at sixteen a vector), and past them where only the scalar loop looks
        // (32-42): found there if special, else nothing found.
        var text = new char[43];
        foreach (var markup in new[] { false, true })
        {
            for (var c = 0; c <= char.MaxValue; c++)
            {
                foreach (var at in new[] { c % 32, 32 + (c % 8), 40 + (c % 3) })
                {
                    Array.Fill(text, 'あ');
                    text[at] = (char)c;
                    var expected = SpecialCharacters.IsSpecial((char)c, markup) ? at : -1;
                    Assert.True(SpecialCharacters.IndexOfFirst(text, markup) == expected, $"U+{c:X4} at {at}, markup {markup}");
                }
            }
        }
    }

    /// <summary>UTF-8 made of plain ASCII, the interesting characters, markup and bytes that are not UTF-8.</summary>
    public static class Utf8Texts
    {
        private static readonly byte[][] Pieces =
            [.. Interesting.Select(c => Encoding.UTF8.GetBytes(c.ToString())), .. "az<>&\"\\".Select(c => new[] { (byte)c }), "𠮷"u8.ToArray(), [0x80], [0xC2], [0xED, 0xA0, 0x80], [0xFF]];

        public static Arbitrary<byte[]> Bytes() =>
            Gen.Elements(Pieces).ArrayOf().Select(parts => parts.SelectMany(p => p).ToArray()).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Utf8Texts)], MaxTest = 1000)]
    public bool FindFirstCharacterToEncodeUtf8_StopsWhereTheRuleOrIllFormedUtf8Says(byte[] utf8)
    {
        foreach (var encoder in new[] { PlanTextEncoder.Instance, PlanTextEncoder.Markup })
        {
            if (encoder.FindFirstCharacterToEncodeUtf8(utf8) != ReferenceUtf8(encoder, utf8))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Encode_KeepsJapaneseAndIdeographicSpace_EscapesControlAndLoneSurrogates()
    {
        Assert.Equal("施策　１", PlanJson.TextEncoder.Encode("施策　１"));
        Assert.Equal("𠮷", PlanJson.TextEncoder.Encode("𠮷"));
        // A lone surrogate is not text: the framework's encoder turns it into U+FFFD before escaping.
        Assert.Equal("a\\u0000\\n\\\"\uFFFDb", PlanJson.TextEncoder.Encode("a\0\n\"\uD842b"));
    }

    // One scalar at a time, as the framework's encoder searches UTF-8: the first ill-formed sequence or scalar to escape.
    private static int ReferenceUtf8(PlanTextEncoder encoder, byte[] utf8)
    {
        for (var i = 0; i < utf8.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done || encoder.WillEncode(rune.Value))
            {
                return i;
            }

            i += consumed;
        }

        return -1;
    }

    // The rule, one scalar at a time: what the vectorised search must agree with. Lone surrogates
    // become U+FFFD, as the framework's encoding loop does before asking the encoder.
    private static string Reference(string text)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            var escaped = c switch
            {
                >= '\uD800' and <= '\uDFFF' => "\uFFFD",
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' or '\u007F' or (>= '\u0080' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF'
                    => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            };
            builder.Append(escaped);
        }

        return builder.ToString();
    }
}
