using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using SdgMap.Resources;
using SdgMap.Text;

namespace SdgMap.Catalog;

/// <summary>
/// Identifies one SDG goal (<c>16</c>) or one SDG target (<c>16.6</c>, <c>11.a</c>) of the catalogue.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Parse(string)"/> accepts, after Unicode NFKC normalisation (so full-width
/// <c>１６．６</c> reads as <c>16.6</c>), case-insensitively and ignoring surrounding white space:
/// a goal number <c>1</c>–<c>17</c>; a target <c>goal.number</c> or <c>goal.letter</c>
/// (<c>16.6</c>, <c>16.a</c>, <c>16.A</c>); either of them after one of the prefixes
/// <c>SDG</c>, <c>SDGs</c>, <c>Goal</c>, <c>Target</c>, <c>目標</c>, <c>ゴール</c>, <c>ターゲット</c>,
/// optionally followed by a space (<c>SDG16</c>, <c>SDG 16</c>, <c>目標16</c>).
/// </para>
/// <para>
/// Only ids the UN catalogue holds are valid: <c>16.11</c>, <c>18</c> and <c>11.z</c> are refused
/// with a message that names the id. Ids order as the UN lists them: by goal, the goal before its
/// targets, numbered targets before lettered ones (<c>16.10</c> before <c>16.a</c>).
/// </para>
/// </remarks>
public readonly struct SdgId : IEquatable<SdgId>, IComparable<SdgId>, ISpanFormattable, IParsable<SdgId>
{
    private const byte LetterBase = 100;
    private readonly byte _goal;
    private readonly byte _target;

    private SdgId(byte goal, byte target)
    {
        _goal = goal;
        _target = target;
    }

    /// <summary>The goal number, 1 to 17 (0 only for <c>default(SdgId)</c>).</summary>
    public int Goal => _goal;

    /// <summary>Whether this id names a goal rather than a target.</summary>
    public bool IsGoal => _target == 0;

    /// <summary>Whether this id names a target.</summary>
    public bool IsTarget => _target != 0;

    /// <summary>The part after the dot for a target (<c>"6"</c>, <c>"a"</c>); <see langword="null"/> for a goal.</summary>
    public string? TargetSuffix => _target switch
    {
        0 => null,
        < LetterBase => _target.ToString(CultureInfo.InvariantCulture),
        _ => ((char)('a' + (_target - LetterBase - 1))).ToString(),
    };

    /// <summary>The goal this id belongs to (the id itself for a goal).</summary>
    public SdgId GoalId => new(_goal, 0);

    /// <summary>Whether this value was made by parsing or by <see cref="ForGoal"/> (not <c>default</c>).</summary>
    public bool IsValid => _goal != 0;

    /// <summary>The id of goal <paramref name="goal"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is not 1 to 17.</exception>
    public static SdgId ForGoal(int goal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(goal, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(goal, SdgCatalog.GoalCount);
        return new SdgId((byte)goal, 0);
    }

    /// <summary>Parses an SDG goal or target id in any of the accepted spellings (see remarks on <see cref="SdgId"/>).</summary>
    /// <exception cref="FormatException">The text is not an SDG id, or names a goal or target the catalogue does not hold; the message names the text.</exception>
    public static SdgId Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var id, out var error) ? id : throw new FormatException(error);
    }

    /// <summary>Tries to parse an SDG goal or target id; see remarks on <see cref="SdgId"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out SdgId result) => TryParse(s, out result, out _);

    // Ids read the same in every culture, so the IParsable overloads that take a provider stay explicit.
    static SdgId IParsable<SdgId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<SdgId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SdgId result) => TryParse(s, out result);

    /// <summary>Tries to parse an SDG id; on failure <paramref name="error"/> says what is wrong with the text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out SdgId result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        if (s is null)
        {
            error = Messages.SdgIdMissing;
            return false;
        }

        if (!TryParseSyntax(s, out var goal, out var target))
        {
            error = Localized.Format(Messages.SdgIdMalformed, s);
            return false;
        }

        var catalog = SdgCatalog.Default;
        if (goal is < 1 or > SdgCatalog.GoalCount)
        {
            error = Localized.Format(Messages.SdgGoalOutOfRange, s, SdgCatalog.GoalCount);
            return false;
        }

        var candidate = new SdgId((byte)goal, target);
        if (target != 0 && !catalog.Contains(candidate))
        {
            error = Localized.Format(Messages.SdgTargetUnknown, s, goal, catalog.DescribeTargetRange(goal));
            return false;
        }

        result = candidate;
        error = null;
        return true;
    }

    /// <summary>
    /// Reads the canonical spelling <see cref="ToString()"/> writes (<c>16</c>, <c>16.6</c>,
    /// <c>16.a</c>) from UTF-8 without making a string, to the id <see cref="TryParse(string?, out SdgId, out string?)"/>
    /// gives; false for any other text, which that method then reads.
    /// </summary>
    internal static bool TryParseCanonical(ReadOnlySpan<byte> utf8, out SdgId result)
    {
        result = default;
        var goalDigits = utf8.Length > 1 && char.IsAsciiDigit((char)utf8[1]) ? 2 : 1;
        if (utf8.Length < goalDigits || !char.IsAsciiDigit((char)utf8[0]) || utf8[0] == '0')
        {
            return false;
        }

        var goal = goalDigits == 1 ? utf8[0] - '0' : ((utf8[0] - '0') * 10) + (utf8[1] - '0');
        if (goal > SdgCatalog.GoalCount)
        {
            return false;
        }

        var rest = utf8[goalDigits..];
        byte target;
        if (rest.IsEmpty)
        {
            target = 0;
        }
        else if (rest.Length == 2 && rest[0] == '.' && rest[1] is >= (byte)'1' and <= (byte)'9')
        {
            target = (byte)(rest[1] - '0');
        }
        else if (rest.Length == 3 && rest[0] == '.' && rest[1] is >= (byte)'1' and <= (byte)'9' && char.IsAsciiDigit((char)rest[2]))
        {
            target = (byte)(((rest[1] - '0') * 10) + (rest[2] - '0'));
        }
        else if (rest.Length == 2 && rest[0] == '.' && rest[1] is >= (byte)'a' and <= (byte)'z')
        {
            target = (byte)(LetterBase + 1 + (rest[1] - 'a'));
        }
        else
        {
            return false;
        }

        var candidate = new SdgId((byte)goal, target);
        if (target != 0 && !SdgCatalog.Default.Contains(candidate))
        {
            return false;
        }

        result = candidate;
        return true;
    }

    /// <summary>Parses the shipped catalogue's own ids, which cannot be checked against a catalogue still being built.</summary>
    internal static SdgId ParseSyntaxOnly(string s) =>
        TryParseSyntax(s, out var goal, out var target) && goal is >= 1 and <= SdgCatalog.GoalCount
            ? new SdgId((byte)goal, target)
            : throw new FormatException($"The shipped SDG catalogue holds a malformed id '{s}'.");

    private static readonly string[] Prefixes = ["ターゲット", "target", "sdgs", "sdg", "goal", "目標", "ゴール"];

    private static bool TryParseSyntax(string s, out int goal, out byte target)
    {
        goal = 0;
        target = 0;
        var text = Nfkc.Normalize(s);
        var span = text.AsSpan().Trim();
        foreach (var prefix in Prefixes)
        {
            if (span.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                span = span[prefix.Length..].TrimStart(' ');
                break;
            }
        }

        var digits = CountDigits(span);
        if (digits is 0 or > 2)
        {
            return false;
        }

        goal = int.Parse(span[..digits], CultureInfo.InvariantCulture);
        span = span[digits..];
        if (span.IsEmpty)
        {
            return true;
        }

        if (span[0] != '.' || span.Length < 2)
        {
            return false;
        }

        span = span[1..];
        var targetDigits = CountDigits(span);
        if (targetDigits > 0)
        {
            if (targetDigits != span.Length || targetDigits > 2)
            {
                return false;
            }

            var number = int.Parse(span, CultureInfo.InvariantCulture);
            if (number is 0)
            {
                return false;
            }

            target = (byte)number;
            return true;
        }

        if (span.Length != 1 || !char.IsAsciiLetter(span[0]))
        {
            return false;
        }

        target = (byte)(LetterBase + 1 + (char.ToLowerInvariant(span[0]) - 'a'));
        return true;
    }

    private static int CountDigits(ReadOnlySpan<char> span)
    {
        var n = 0;
        while (n < span.Length && char.IsAsciiDigit(span[n]))
        {
            n++;
        }

        return n;
    }

    /// <summary>The canonical form: <c>16</c>, <c>16.6</c> or <c>16.a</c>.</summary>
    public override string ToString() => IsGoal
        ? Goal.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Goal}.{TargetSuffix}");

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        // Saving a corpus formats every declared link: written in place, no string made.
        charsWritten = 0;
        if (!_goal.TryFormat(destination, out var goalLength, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        if (IsGoal)
        {
            charsWritten = goalLength;
            return true;
        }

        var rest = destination[goalLength..];
        if (rest.Length < 2)
        {
            return false;
        }

        rest[0] = '.';
        int suffixLength;
        if (_target < LetterBase)
        {
            if (!_target.TryFormat(rest[1..], out suffixLength, default, CultureInfo.InvariantCulture))
            {
                return false;
            }
        }
        else
        {
            rest[1] = (char)('a' + (_target - LetterBase - 1));
            suffixLength = 1;
        }

        charsWritten = goalLength + 1 + suffixLength;
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(SdgId other) => _goal == other._goal && _target == other._target;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SdgId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (_goal << 8) | _target;

    /// <inheritdoc/>
    public int CompareTo(SdgId other) => GetHashCode().CompareTo(other.GetHashCode());

    /// <summary>A dense number for this id, 0 for a goal, usable as an array index with <see cref="SdgCatalog"/> sizes.</summary>
    internal int Key => GetHashCode();

    /// <summary>Equality.</summary>
    public static bool operator ==(SdgId left, SdgId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SdgId left, SdgId right) => !left.Equals(right);

    /// <summary>UN order.</summary>
    public static bool operator <(SdgId left, SdgId right) => left.CompareTo(right) < 0;

    /// <summary>UN order.</summary>
    public static bool operator >(SdgId left, SdgId right) => left.CompareTo(right) > 0;

    /// <summary>UN order.</summary>
    public static bool operator <=(SdgId left, SdgId right) => left.CompareTo(right) <= 0;

    /// <summary>UN order.</summary>
    public static bool operator >=(SdgId left, SdgId right) => left.CompareTo(right) >= 0;
}
