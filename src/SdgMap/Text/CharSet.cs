namespace SdgMap.Text;

/// <summary>
/// A set of UTF-16 code units fixed when it is made, one bit each (8 kB): a scan for any of
/// them costs one look-up per character, where testing a rule per character costs a call.
/// </summary>
internal sealed class CharSet
{
    private readonly ulong[] _bits = new ulong[(char.MaxValue + 1) / 64];

    /// <summary>The characters <paramref name="contains"/> picks, every one of the 65,536 asked once.</summary>
    public CharSet(Func<char, bool> contains)
    {
        ArgumentNullException.ThrowIfNull(contains);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (contains((char)c))
            {
                _bits[c >> 6] |= 1UL << c;
            }
        }
    }

    /// <summary>Whether <paramref name="c"/> is in the set.</summary>
    public bool Contains(char c) => (_bits[c >> 6] & (1UL << c)) != 0;

    /// <summary>The index of the first character of <paramref name="text"/> in the set, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Contains(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
