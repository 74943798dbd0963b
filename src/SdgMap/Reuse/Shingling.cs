namespace SdgMap.Reuse;

/// <summary>Character 2-grams of normalised text as 32-bit keys (the encoding is described on <see cref="ReuseText"/>).</summary>
internal static class Shingling
{
    // No BMP 2-gram has a surrogate as its first character, so this block of 2^27 keys is free for
    // 2-grams with a supplementary character; and no BMP 2-gram has a surrogate second half, so
    // (c << 16) | 0xD800 is free for a one-character text.
    private const uint SupplementaryBlock = 0xD800_0000;
    private const uint SupplementaryMask = 0x07FF_FFFF;
    private const uint LoneMarker = 0xD800;

    /// <summary>An upper bound on the number of keys <see cref="Write"/> produces.</summary>
    public static int MaxCount(ReadOnlySpan<char> normalized) => Math.Max(normalized.Length - 1, normalized.IsEmpty ? 0 : 1);

    /// <summary>Writes the sorted distinct keys to the start of <paramref name="keys"/> and returns how many.</summary>
    public static int Write(ReadOnlySpan<char> normalized, Span<int> keys)
    {
        var count = 0;
        var previous = -1;
        for (var i = 0; i < normalized.Length;)
        {
            var scalar = ScalarAt(normalized, ref i);
            if (previous >= 0)
            {
                keys[count++] = (int)Key(previous, scalar);
            }

            previous = scalar;
        }

        if (count == 0)
        {
            if (previous < 0)
            {
                return 0;
            }

            keys[0] = (int)(previous <= 0xFFFF ? ((uint)previous << 16) | LoneMarker : Supplementary(previous, 0));
            return 1;
        }

        var written = keys[..count];
        written.Sort();
        var distinct = 1;
        for (var i = 1; i < written.Length; i++)
        {
            if (written[i] != written[distinct - 1])
            {
                written[distinct++] = written[i];
            }
        }

        return distinct;
    }

    private static uint Key(int first, int second) =>
        first <= 0xFFFF && second <= 0xFFFF ? ((uint)first << 16) | (uint)second : Supplementary(first, second);

    private static uint Supplementary(int first, int second)
    {
        var h = ((ulong)(uint)first << 32 | (uint)second) * 0x9E37_79B9_7F4A_7C15UL;
        return SupplementaryBlock | ((uint)(h >> 32) & SupplementaryMask);
    }

    /// <summary>The scalar value at <paramref name="i"/>, advancing past it; a lone surrogate counts as its code unit.</summary>
    private static int ScalarAt(ReadOnlySpan<char> text, ref int i)
    {
        var c = text[i++];
        if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i]))
        {
            return char.ConvertToUtf32(c, text[i++]);
        }

        return c;
    }
}
