using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SdgMap.Suggestions;

namespace SdgMap.Tests.Suggestions;

public class TermAutomatonTests
{
    private static readonly char[] Alphabet = ['防', '災', '減', 'ア', 'イ', 'a', 'b', ' '];

    private static Arbitrary<string> Strings(int max) =>
        Gen.ArrayOf(Gen.Elements(Alphabet)).Select(a => new string(a.Take(max).ToArray())).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Scan_FindsExactlyTheOccurrencesAScanOfEveryPositionFinds() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.ArrayOf(Gen.Elements('防', '災', '減', 'ア', 'イ')).Where(a => a.Length is > 0 and < 4).Select(a => new string(a))).Select(a => a.Distinct().ToArray()).Where(a => a.Length > 0).ToArbitrary(),
            Strings(40),
            (terms, text) =>
            {
                var automaton = new TermAutomaton(terms);
                var found = new List<(int, int, int)>();
                automaton.Scan(text, ref found, static (ref List<(int, int, int)> list, int term, int start, int end) => list.Add((term, start, end)));
                var expected = new List<(int, int, int)>();
                for (var t = 0; t < terms.Length; t++)
                {
                    for (var i = text.IndexOf(terms[t], StringComparison.Ordinal); i >= 0; i = text.IndexOf(terms[t], i + 1, StringComparison.Ordinal))
                    {
                        expected.Add((t, i, i + terms[t].Length));
                    }
                }

                return found.Order().SequenceEqual(expected.Order());
            });

    [Fact]
    public void Scan_SameWordExactAndAsPrefix_ReportsEachWhereItApplies()
    {
        var automaton = new TermAutomaton(["water", "water*"]);
        var found = new List<(int Term, int Start)>();
        automaton.Scan("wastewater waters water", ref found, static (ref List<(int, int)> list, int term, int start, int end) => list.Add((term, start)));
        Assert.Equal([(0, 18), (1, 11), (1, 18)], found.Order());
    }
}
