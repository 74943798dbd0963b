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
        ['a', '"', '\\', '\n', '\0', '\u001F', ' ', '\u007E', '\u007F', '\u0080', '\u009F', '\u00A0', '　', '日', '本', '\u2027', '\u2028', '\u2029', '\uFEFF', '\uD842', '\uDFB7', '\uFFFD'];

    public static Arbitrary<string> Texts() =>
        Gen.Elements(Interesting).ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    [Property(Arbitrary = [typeof(PlanTextEncoderTests)], MaxTest = 500)]
    public bool Encode_EscapesExactlyWhatTheRuleSays(string text) => PlanJson.TextEncoder.Encode(text) == Reference(text);

    [Fact]
    public void Encode_KeepsJapaneseAndIdeographicSpace_EscapesControlAndLoneSurrogates()
    {
        Assert.Equal("施策　１", PlanJson.TextEncoder.Encode("施策　１"));
        Assert.Equal("𠮷", PlanJson.TextEncoder.Encode("𠮷"));
        // A lone surrogate is not text: the framework's encoder turns it into U+FFFD before escaping.
        Assert.Equal("a\\u0000\\n\\\"\uFFFDb", PlanJson.TextEncoder.Encode("a\0\n\"\uD842b"));
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
