using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using SdgMap.Resources;

namespace SdgMap.Model;

/// <summary>A reference to a taxonomy term, written <c>taxonomy:term</c> (<c>care:medical</c>, <c>reform:1</c>).</summary>
public readonly record struct Tag
{
    /// <summary>Creates a tag.</summary>
    /// <exception cref="ArgumentException">Either part is empty or holds a colon or white space.</exception>
    public Tag(string taxonomy, string term)
    {
        Taxonomy = CheckPart(taxonomy, nameof(taxonomy));
        Term = CheckPart(term, nameof(term));
    }

    // For parts already checked by IsValidPart.
    private Tag(string taxonomy, string term, bool valid)
    {
        Debug.Assert(valid && IsValidPart(taxonomy) && IsValidPart(term));
        Taxonomy = taxonomy;
        Term = term;
    }

    /// <summary>The taxonomy's id (<c>care</c>, or a plan-defined id).</summary>
    public string Taxonomy { get; }

    /// <summary>The term's id within the taxonomy.</summary>
    public string Term { get; }

    /// <summary>Parses <c>taxonomy:term</c>.</summary>
    /// <exception cref="FormatException">The text is not of that form; the message names it.</exception>
    public static Tag Parse(string text) =>
        TryParse(text, out var tag) ? tag : throw new FormatException(Localized.Format(Messages.TagMalformed, text));

    /// <summary>Tries to parse <c>taxonomy:term</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Tag tag)
    {
        tag = default;
        if (text is null)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        if (!IsValidPart(text.AsSpan(0, colon)) || !IsValidPart(text.AsSpan(colon + 1)))
        {
            return false;
        }

        tag = new Tag(text[..colon], text[(colon + 1)..], valid: true);
        return true;
    }

    /// <summary>A tag of two parts <see cref="IsValidPart"/> holds valid, without checking them again.</summary>
    internal static Tag FromValidParts(string taxonomy, string term) => new(taxonomy, term, valid: true);

    /// <summary>Whether the text can be one part of a tag: non-empty, with no colon and no white space.</summary>
    internal static bool IsValidPart(ReadOnlySpan<char> part)
    {
        if (part.IsEmpty)
        {
            return false;
        }

        foreach (var c in part)
        {
            if (c == ':' || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The tag as written in plan files: <c>taxonomy:term</c>.</summary>
    public override string ToString() => string.Concat(Taxonomy, ":", Term);

    /// <summary>Length of <see cref="ToString"/>'s text.</summary>
    internal int TextLength => Taxonomy.Length + 1 + Term.Length;

    /// <summary>Writes <see cref="ToString"/>'s text into <paramref name="destination"/>, which must hold <see cref="TextLength"/> characters.</summary>
    internal void WriteText(Span<char> destination)
    {
        Taxonomy.CopyTo(destination);
        destination[Taxonomy.Length] = ':';
        Term.CopyTo(destination[(Taxonomy.Length + 1)..]);
    }

    private static string CheckPart(string part, string name)
    {
        ArgumentNullException.ThrowIfNull(part, name);
        return IsValidPart(part) ? part : throw new ArgumentException($"'{part}' cannot be part of a tag: it must be non-empty with no colon or white space.", name);
    }
}
