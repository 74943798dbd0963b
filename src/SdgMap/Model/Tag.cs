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

        var taxonomy = text[..colon];
        var term = text[(colon + 1)..];
        if (!IsValidPart(taxonomy) || !IsValidPart(term))
        {
            return false;
        }

        tag = new Tag(taxonomy, term);
        return true;
    }

    /// <summary>The tag as written in plan files: <c>taxonomy:term</c>.</summary>
    public override string ToString() => $"{Taxonomy}:{Term}";

    private static bool IsValidPart(string part) =>
        part.Length > 0 && !part.AsSpan().ContainsAny(":") && !part.Any(char.IsWhiteSpace);

    private static string CheckPart(string part, string name)
    {
        ArgumentNullException.ThrowIfNull(part, name);
        return IsValidPart(part) ? part : throw new ArgumentException($"'{part}' cannot be part of a tag: it must be non-empty with no colon or white space.", name);
    }
}
