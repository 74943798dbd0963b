using System.Globalization;

namespace SdgMap.Model;

/// <summary>
/// The national local-government code (全国地方公共団体コード): five digits (prefecture and
/// municipality) and a check digit, the last digit of 11 minus the sum of the digits weighted
/// 6, 5, 4, 3, 2 modulo 11.
/// </summary>
public static class LocalGovernmentCode
{
    /// <summary>Whether <paramref name="code"/> is six digits with a correct check digit.</summary>
    public static bool IsValid(string? code) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit) && code[5] - '0' == CheckDigit(code.AsSpan(0, 5));

    /// <summary>The six-digit code for five digits (<c>11228</c> → <c>112283</c>).</summary>
    /// <exception cref="FormatException">The text is not five ASCII digits.</exception>
    public static string WithCheckDigit(string fiveDigits)
    {
        ArgumentNullException.ThrowIfNull(fiveDigits);
        return fiveDigits.Length == 5 && fiveDigits.All(char.IsAsciiDigit)
            ? fiveDigits + CheckDigit(fiveDigits).ToString(CultureInfo.InvariantCulture)
            : throw new FormatException($"'{fiveDigits}' is not five digits.");
    }

    private static int CheckDigit(ReadOnlySpan<char> five)
    {
        var sum = 0;
        for (var k = 0; k < 5; k++)
        {
            sum += (five[k] - '0') * (6 - k);
        }

        return (11 - (sum % 11)) % 10;
    }
}
