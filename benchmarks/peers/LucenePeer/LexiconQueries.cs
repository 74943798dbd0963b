using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SdgMap.Suggestions;

namespace LucenePeer;

/// <summary>
/// The text analysis a Lucene user picks for Japanese without a dictionary: Unicode word
/// segmentation, full/half-width folding, lower case, and CJK character bigrams. Indexed with
/// unigrams too, so that a one-character term (水) still finds its character inside a word.
/// </summary>
internal sealed class CjkAnalyzer(bool unigrams) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>A gap between the values of one field, so a phrase never runs from a title into a description.</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new CJKBigramFilter(stream, CJKScript.ALL, unigrams);
        return new TokenStreamComponents(source, stream);
    }
}

/// <summary>
/// Lexicon entries as Boolean queries: each group a MUST clause of SHOULD alternatives, each
/// alternative a phrase of the query analyser's tokens (a term query for one token, a prefix query
/// for <c>educat*</c>), each <c>not</c> word a MUST_NOT clause. Lucene has no sentence: every group and
/// every <c>not</c> word counts anywhere in the element's text.
/// </summary>
internal static class LexiconQueries
{
    public const string Field = "text";

    /// <summary>How many alternatives could not be expressed exactly (a prefix after several words), counted as they are met.</summary>
    public static int Approximated { get; private set; }

    public static Query? Of(LexiconEntry entry, Analyzer analyzer)
    {
        var query = new BooleanQuery();
        foreach (var group in entry.Terms)
        {
            var alternatives = new BooleanQuery();
            foreach (var word in group)
            {
                if (Word(word, analyzer) is { } q)
                {
                    alternatives.Add(q, Occur.SHOULD);
                }
            }

            if (alternatives.Clauses.Count == 0)
            {
                return null;
            }

            query.Add(alternatives.Clauses.Count == 1 ? alternatives.Clauses[0].Query : alternatives, Occur.MUST);
        }

        foreach (var word in entry.Not)
        {
            if (Word(word, analyzer) is { } q)
            {
                query.Add(q, Occur.MUST_NOT);
            }
        }

        return query;
    }

    private static Query? Word(string word, Analyzer analyzer)
    {
        var prefix = word.EndsWith('*');
        var tokens = Tokens(prefix ? word[..^1] : word, analyzer);
        switch (tokens.Count)
        {
            case 0:
                return null;
            case 1:
                return prefix ? new PrefixQuery(new Term(Field, tokens[0].Text)) : new TermQuery(new Term(Field, tokens[0].Text));
            default:
                if (prefix)
                {
                    Approximated++;
                }

                var phrase = new PhraseQuery();
                foreach (var (text, position) in tokens)
                {
                    phrase.Add(new Term(Field, text), position);
                }

                return phrase;
        }
    }

    /// <summary>
    /// The tokens a word is found by, at the positions the index analyser gives them: the bigrams, and
    /// a character's unigram only where no bigram covers it (a one-character word, a kanji between
    /// digits). Using the index analyser keeps positions equal on both sides: its unigrams take a
    /// position of their own at the end of each run of CJK characters.
    /// </summary>
    private static List<(string Text, int Position)> Tokens(string text, Analyzer analyzer)
    {
        var all = new List<(string Text, int Position, bool Single)>();
        using (var stream = analyzer.GetTokenStream(Field, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            stream.Reset();
            var position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                all.Add((term.ToString(), position, type.Type == CJKBigramFilter.SINGLE_TYPE));
            }

            stream.End();
        }

        var doubles = all.Where(t => !t.Single).Select(t => t.Position).ToHashSet();
        return [.. all.Where(t => !t.Single || (!doubles.Contains(t.Position) && !doubles.Contains(t.Position - 1))).Select(t => (t.Text, t.Position))];
    }
}

/// <summary>Collects the element numbers (a doc-values field) of every matching document, unscored.</summary>
internal sealed class ElementCollector(List<int> into) : ICollector
{
    private NumericDocValues? _numbers;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _numbers = context.AtomicReader.GetNumericDocValues("n");

    public void Collect(int doc) => into.Add((int)_numbers!.Get(doc));
}
