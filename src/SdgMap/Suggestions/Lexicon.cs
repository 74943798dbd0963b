using System.Globalization;
using SdgMap.Catalog;
using SdgMap.Model;

namespace SdgMap.Suggestions;

/// <summary>
/// The words the suggester looks for: entries read from reviewable TSV files (format in
/// <c>data/lexicon/README.md</c>). <see cref="Default"/> is the lexicon SdgMap ships, embedded.
/// </summary>
public sealed class Lexicon
{
    private const string Header = "label\tlang\tterms\tnot\tweight\texample\tcounter\tsource";
    private static readonly Lazy<Lexicon> LazyDefault = new(LoadEmbedded);

    private Lexicon(IReadOnlyList<LexiconEntry> entries) => Entries = entries;

    /// <summary>The shipped lexicon: SDG goals and targets in Japanese and English, and the community-care terms.</summary>
    public static Lexicon Default => LazyDefault.Value;

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>A lexicon of the given entries.</summary>
    public static Lexicon Of(IEnumerable<LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new([.. entries]);
    }

    /// <summary>Reads a lexicon file.</summary>
    /// <exception cref="LexiconFormatException">A line is not a valid entry; the message names the line.</exception>
    public static Lexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    /// <summary>Reads lexicon entries from TSV text; <paramref name="name"/> names it in entries' origins and in messages.</summary>
    /// <exception cref="LexiconFormatException">A line is not a valid entry.</exception>
    public static Lexicon Parse(TextReader reader, string name, SdgCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        catalog ??= SdgCatalog.Default;
        var entries = new List<LexiconEntry>();
        var sawHeader = false;
        var number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!sawHeader)
            {
                sawHeader = line.TrimStart('\uFEFF') == Header
                    ? true
                    : throw new LexiconFormatException(name, number, $"the first line must be the header '{Header.Replace("\t", "<TAB>", StringComparison.Ordinal)}'.");
                continue;
            }

            entries.Add(ParseEntry(line, name, number, catalog));
        }

        return new(entries);
    }

    /// <summary>This lexicon followed by <paramref name="other"/>'s entries.</summary>
    public Lexicon With(Lexicon other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new([.. Entries, .. other.Entries]);
    }

    private static LexiconEntry ParseEntry(string line, string name, int number, SdgCatalog catalog)
    {
        var cells = line.Split('\t');
        if (cells.Length != 8)
        {
            throw new LexiconFormatException(name, number, $"{cells.Length} columns; an entry has 8 (label, lang, terms, not, weight, example, counter, source).");
        }

        SdgId? sdg = null;
        Tag? tag = null;
        if (cells[0].Contains(':', StringComparison.Ordinal))
        {
            tag = Tag.TryParse(cells[0], out var t) ? t : throw new LexiconFormatException(name, number, $"label '{cells[0]}' is not a tag (taxonomy:term).");
        }
        else
        {
            sdg = SdgId.TryParse(cells[0], out var id, out var error) && catalog.Contains(id)
                ? id
                : throw new LexiconFormatException(name, number, $"label '{cells[0]}': {error ?? "not in the catalogue"}.");
        }

        if (cells[1] is not ("ja" or "en"))
        {
            throw new LexiconFormatException(name, number, $"lang '{cells[1]}' must be 'ja' or 'en'.");
        }

        var groups = cells[2].Split(" & ").Select(g => Alternatives(g, name, number, "terms")).ToList();
        var not = cells[3].Length == 0 ? [] : Alternatives(cells[3], name, number, "not");
        if (!double.TryParse(cells[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight is < 0.1 or > 1.0)
        {
            throw new LexiconFormatException(name, number, $"weight '{cells[4]}' must be a number from 0.1 to 1.");
        }

        return new LexiconEntry
        {
            Sdg = sdg,
            Tag = tag,
            Language = cells[1],
            Terms = groups,
            Not = not,
            Weight = weight,
            Example = cells[5].Length == 0 ? null : cells[5],
            Counter = cells[6].Length == 0 ? null : cells[6],
            Source = cells[7].Length == 0 ? null : cells[7],
            Origin = $"{name}:{number}",
        };
    }

    private static List<string> Alternatives(string cell, string name, int number, string column)
    {
        var words = cell.Split('|').Select(w => w.Trim()).ToList();
        if (words.Count == 0 || words.Any(w => w.Length == 0 || w == "*" || MatchText.Term(w.TrimEnd('*')).Length == 0))
        {
            throw new LexiconFormatException(name, number, $"{column} '{cell}' has an empty alternative.");
        }

        return words;
    }

    private static Lexicon LoadEmbedded()
    {
        var assembly = typeof(Lexicon).Assembly;
        const string prefix = "SdgMap.Lexicon.";
        var entries = new List<LexiconEntry>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            entries.AddRange(Parse(reader, resource[prefix.Length..]).Entries);
        }

        return new(entries);
    }
}
