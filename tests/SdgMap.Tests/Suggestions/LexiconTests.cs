using SdgMap.Catalog;
using SdgMap.Suggestions;

namespace SdgMap.Tests.Suggestions;

public class LexiconTests
{
    private static readonly CompiledLexicon Compiled = new(Lexicon.Default.Entries);

    public static TheoryData<int> EntryIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Lexicon.Default.Entries.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    private static bool Fires(int entry, string text) =>
        Compiled.Match(MatchText.Of(text).Text).Any(m => m.Entry == entry && !m.Blocked && m.Mask == Compiled.FullMask(entry));

    [Fact]
    public void Default_HoldsTheShippedFilesEntries()
    {
        Assert.True(Lexicon.Default.Entries.Count > 2500, $"only {Lexicon.Default.Entries.Count} entries");
        Assert.Contains(Lexicon.Default.Entries, e => e.Origin.StartsWith("care.tsv:", StringComparison.Ordinal));
        Assert.All(Enumerable.Range(1, 17), g => Assert.Contains(Lexicon.Default.Entries, e => e.Origin.StartsWith($"sdg/{g:00}.tsv:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Default_HasEntriesForEvery169Targets()
    {
        var labelled = Lexicon.Default.Entries.Where(e => e.Sdg is { IsTarget: true }).Select(e => e.Sdg!.Value).ToHashSet();
        Assert.All(SdgCatalog.Default.Targets, t => Assert.Contains(t.Id, labelled));
    }

    [Fact]
    public void Default_CoversEveryCareTerm()
    {
        var tags = Lexicon.Default.Entries.Where(e => e.Tag is not null).Select(e => e.Tag!.Value.ToString()).ToHashSet();
        Assert.Equal(
            ["care:housing", "care:inclusive-community", "care:living-support", "care:medical", "care:nursing", "care:prevention"],
            tags.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EntryIndexes))]
    public void Entry_FiresOnItsExample_AndNotOnItsCounterExample(int index)
    {
        var entry = Lexicon.Default.Entries[index];
        Assert.False(string.IsNullOrWhiteSpace(entry.Example), $"{entry.Origin} has no example");
        Assert.True(Fires(index, entry.Example!), $"{entry.Origin} ({entry}) does not fire on its example '{entry.Example}'");
        if (entry.Counter is not null)
        {
            Assert.False(Fires(index, entry.Counter), $"{entry.Origin} ({entry}) fires on its counter-example '{entry.Counter}'");
        }

        if (entry.Not.Count > 0)
        {
            Assert.NotNull(entry.Counter);
        }
    }

    [Fact]
    public void Parse_WrongColumnCount_NamesFileAndLine()
    {
        var text = "label\tlang\tterms\tnot\tweight\texample\tcounter\tsource\n11.5\tja\t防災\n";
        var e = Assert.Throws<LexiconFormatException>(() => Lexicon.Parse(new StringReader(text), "mine.tsv"));
        Assert.Equal(("mine.tsv", 2), (e.File, e.Line));
        Assert.Contains("3 columns", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("16.11\tja\t防災\t\t0.5\t\t\t", "16.11")]
    [InlineData("11.5\tfr\t防災\t\t0.5\t\t\t", "lang 'fr'")]
    [InlineData("11.5\tja\t防災||減災\t\t0.5\t\t\t", "empty alternative")]
    [InlineData("11.5\tja\t防災\t\t1.5\t\t\t", "weight '1.5'")]
    [InlineData("care:\tja\t防災\t\t0.5\t\t\t", "not a tag")]
    public void Parse_BadEntry_SaysWhatIsWrong(string line, string expected)
    {
        var text = "label\tlang\tterms\tnot\tweight\texample\tcounter\tsource\n" + line + "\n";
        var e = Assert.Throws<LexiconFormatException>(() => Lexicon.Parse(new StringReader(text), "mine.tsv"));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingHeader_IsRefused() =>
        Assert.Throws<LexiconFormatException>(() => Lexicon.Parse(new StringReader("11.5\tja\t防災\t\t0.5\t\t\t\n"), "mine.tsv"));

    [Fact]
    public void Match_AllOfGroupsInDifferentSentences_DoNotFire()
    {
        var lexicon = new CompiledLexicon([Entry("11.1", [["空き家"], ["活用"]])]);
        Assert.Contains(lexicon.Match(MatchText.Of("空き家の活用を進めます。").Text), m => m.Mask == 3);
        Assert.DoesNotContain(lexicon.Match(MatchText.Of("空き家が増えています。土地の活用を進めます。").Text), m => m.Mask == 3);
    }

    [Fact]
    public void Match_NotWordInSameSentence_Blocks()
    {
        var lexicon = new CompiledLexicon([Entry("14", [["海"]], not: ["海外"])]);
        Assert.All(lexicon.Match(MatchText.Of("海外との交流").Text), m => Assert.True(m.Blocked));
        Assert.Contains(lexicon.Match(MatchText.Of("海外との交流。海を守る").Text), m => !m.Blocked);
    }

    [Theory]
    [InlineData("education", "Quality education for all", true)]
    [InlineData("education", "Coeducational schools", false)]
    [InlineData("educat*", "Coeducational schools", false)]
    [InlineData("educat*", "Educational programmes", true)]
    [InlineData("ict", "District heating", false)]
    [InlineData("ict", "ＩＣＴ活用を進める", true)]
    public void Match_LatinTerms_MatchWholeWordsOrPrefixes(string term, string text, bool fires)
    {
        var lexicon = new CompiledLexicon([Entry("4.1", [[term]])]);
        Assert.Equal(fires, lexicon.Match(MatchText.Of(text).Text).Any(m => m.Mask == 1));
    }

    internal static LexiconEntry Entry(string label, string[][] terms, string[]? not = null, double weight = 1.0) => new()
    {
        Sdg = label.Contains(':', StringComparison.Ordinal) ? null : SdgId.Parse(label),
        Tag = label.Contains(':', StringComparison.Ordinal) ? SdgMap.Model.Tag.Parse(label) : null,
        Language = "ja",
        Terms = terms,
        Not = not ?? [],
        Weight = weight,
        Origin = "test:1",
    };
}
