using System.Text.Json;

namespace SdgMap.Serialization;

/// <summary>
/// The strings a plan file repeats, read once and shared: an element's id comes back as its code
/// and as its children's parent, and a level name on every element of that level. Sharing one
/// instance keeps a national corpus's model about a hundred bytes an element smaller; the values,
/// and so the model's equality, are the same as reading each string anew.
/// </summary>
internal sealed class SharedStrings
{
    /// <summary>Longer values are rarely repeated ids or level names, and are read as they are.</summary>
    private const int MaxChars = 64;

    /// <summary>Past this many distinct values a thread's pool is dropped rather than kept for the next file.</summary>
    private const int MaxKept = 1 << 16;

    [ThreadStatic]
    private static SharedStrings? t_pool;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private SharedStrings() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>This thread's pool, empty, for one file; <see cref="Release"/> it when the file is read.</summary>
    public static SharedStrings Rent()
    {
        var pool = t_pool ?? new SharedStrings();
        t_pool = null;
        return pool;
    }

    /// <summary>Empties the pool, so it holds no plan's strings once the plan is read, and keeps it for the thread's next file unless it grew large.</summary>
    public void Release()
    {
        t_pool = _strings.Count > MaxKept ? null : this;
        _strings.Clear();
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
        var value = chars[..r.CopyString(chars)];
        if (_lookup.TryGetValue(value, out var shared))
        {
            return shared;
        }

        shared = new string(value);
        _strings.Add(shared, shared);
        return shared;
    }
}
