using System.Text.Json;
using SdgMap.Collections;
using SdgMap.Model;

namespace SdgMap.Serialization;

/// <summary>
/// The strings a plan file repeats, read once and shared: an element's id comes back as its code
/// and as its children's parent, a level name on every element of that level, and a tag's taxonomy
/// and term on every element it tags. Sharing one instance keeps a national corpus's model over a
/// hundred bytes an element smaller; the values,
/// and so the model's equality, are the same as reading each string anew.
/// </summary>
internal sealed class SharedStrings
{
    /// <summary>Longer values are rarely repeated ids or level names, and are read as they are.</summary>
    private const int MaxChars = 64;

    /// <summary>Past this many distinct values a thread's pool is dropped rather than kept for the next file.</summary>
    private const int MaxKept = 1 << 16;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>An empty pool; the reader takes its thread's through <see cref="Rent"/>.</summary>
    public SharedStrings() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>This thread's pool, empty, for one file; <see cref="Release"/> it when the file is read.</summary>
    public static SharedStrings Rent() => PerThread<SharedStrings>.Rent();

    /// <summary>Empties the pool, so it holds no plan's strings once the plan is read, and keeps it for the thread's next file unless it grew large.</summary>
    public void Release()
    {
        var keep = _strings.Count <= MaxKept;
        _strings.Clear();
        PerThread<SharedStrings>.Return(this, keep);
    }

    /// <summary>The string value the reader stands on (checked, unescaped and validated as <see cref="Utf8JsonReader.GetString"/> does), shared with an equal value read before.</summary>
    public string Read(ref Utf8JsonReader r)
    {
        if (r.ValueSpan.Length > MaxChars || r.ValueIsEscaped)
        {
            return r.GetString()!;
        }

        // UTF-8 never takes fewer bytes than UTF-16 chars, so the bytes' count bounds the chars'.
        Span<char> chars = stackalloc char[MaxChars];
        return Share(chars[..r.CopyString(chars)]);
    }

    /// <summary>
    /// The tag the reader stands on, its taxonomy and term shared, as <see cref="Tag.TryParse"/>
    /// reads <see cref="Utf8JsonReader.GetString"/>; false when the text is not a tag.
    /// </summary>
    public bool TryReadTag(ref Utf8JsonReader r, out Tag tag)
    {
        if (r.ValueSpan.Length > 2 * MaxChars || r.ValueIsEscaped)
        {
            return Tag.TryParse(r.GetString(), out tag);
        }

        tag = default;
        Span<char> chars = stackalloc char[2 * MaxChars];
        var text = chars[..r.CopyString(chars)];
        var colon = text.IndexOf(':');
        if (colon <= 0 || !Tag.IsValidPart(text[..colon]) || !Tag.IsValidPart(text[(colon + 1)..]))
        {
            return false;
        }

        tag = Tag.FromValidParts(Share(text[..colon]), Share(text[(colon + 1)..]));
        return true;
    }

    private string Share(ReadOnlySpan<char> value)
    {
        if (value.Length > MaxChars)
        {
            return new string(value);
        }

        if (_lookup.TryGetValue(value, out var shared))
        {
            return shared;
        }

        shared = new string(value);
        _strings.Add(shared, shared);
        return shared;
    }
}
