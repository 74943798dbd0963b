using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SdgMap.Catalog;
using SdgMap.Tests.Generators;

namespace SdgMap.Tests.Catalog;

public class SdgIdTests
{
    [Theory]
    [InlineData("16.6", "16.6")]
    [InlineData("１６．６", "16.6")]
    [InlineData(" 16.6 ", "16.6")]
    [InlineData("SDG16", "16")]
    [InlineData("SDG 16", "16")]
    [InlineData("SDGs16", "16")]
    [InlineData("sdg16", "16")]
    [InlineData("Goal 16", "16")]
    [InlineData("目標16", "16")]
    [InlineData("目標１６", "16")]
    [InlineData("ゴール3", "3")]
    [InlineData("ターゲット16.10", "16.10")]
    [InlineData("16.a", "16.a")]
    [InlineData("16.A", "16.a")]
    [InlineData("１１．ａ", "11.a")]
    [InlineData("17.19", "17.19")]
    [InlineData("1", "1")]
    public void Parse_AcceptedSpellings_ReturnsCanonicalId(string text, string expected) =>
        Assert.Equal(expected, SdgId.Parse(text).ToString());

    [Theory]
    [InlineData("16.11", "'16.11' is not an SDG target: goal 16 has targets 16.1–16.10 and 16.a–16.b.")]
    [InlineData("18", "'18' is not an SDG goal: goals are numbered 1 to 17.")]
    [InlineData("0", "'0' is not an SDG goal: goals are numbered 1 to 17.")]
    [InlineData("11.z", "'11.z' is not an SDG target: goal 11 has targets 11.1–11.7 and 11.a–11.c.")]
    [InlineData("18.1", "'18.1' is not an SDG goal: goals are numbered 1 to 17.")]
    public void Parse_UnknownId_NamesTheIdAndWhatExists(string text, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => SdgId.Parse(text)).Message);

    [Theory]
    [InlineData("16..6")]
    [InlineData("16.")]
    [InlineData("")]
    [InlineData("SDG")]
    [InlineData("16.6.1")]
    [InlineData("16-6")]
    [InlineData("１６.６x")]
    [InlineData("100")]
    [InlineData("16.0")]
    public void TryParse_Malformed_FailsWithMessageNamingText(string text)
    {
        Assert.False(SdgId.TryParse(text, out _, out var error));
        Assert.Contains($"'{text}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordering_FollowsUnOrder_NumbersBeforeLetters()
    {
        var ids = new[] { "16.a", "16.10", "16", "16.2", "2.1", "16.b" }.Select(SdgId.Parse).Order().Select(i => i.ToString());
        Assert.Equal(["2.1", "16", "16.2", "16.10", "16.a", "16.b"], ids);
    }

    [Fact]
    public void GoalId_OfTarget_IsItsGoal()
    {
        var id = SdgId.Parse("11.a");
        Assert.True(id.IsTarget);
        Assert.Equal(SdgId.Parse("11"), id.GoalId);
        Assert.Equal("a", id.TargetSuffix);
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Parse_OfToString_RoundTrips(SdgId id) => SdgId.Parse(id.ToString()) == id;

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Parse_OfFullWidthForm_EqualsAsciiForm(SdgId id)
    {
        var fullWidth = string.Concat(id.ToString().Select(c => c == '.' ? '．' : (char)(c + 0xFEE0)));
        return SdgId.Parse(fullWidth) == id && SdgId.Parse("SDG " + id) == id;
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool TryFormat_IntoAnyRoom_WritesToStringWhenItFits_AndNothingWhenNot(SdgId id, byte room)
    {
        var destination = new char[room % 8];
        var text = id.ToString();
        var fitted = id.TryFormat(destination, out var written, default, null);
        return fitted == (text.Length <= destination.Length)
            && (fitted ? new string(destination, 0, written) == text : written == 0);
    }

    [Fact]
    public void TryParseCanonical_EveryCatalogueId_ReadsItsCanonicalBytes()
    {
        var ids = SdgCatalog.Default.Goals.Select(g => g.Id).Concat(SdgCatalog.Default.Targets.Select(t => t.Id)).ToList();
        Assert.Equal(17 + 169, ids.Count);
        Assert.All(ids, id => Assert.True(SdgId.TryParseCanonical(System.Text.Encoding.UTF8.GetBytes(id.ToString()), out var read) && read == id, id.ToString()));
    }

    /// <summary>Short texts over the characters canonical ids and their near misses are made of.</summary>
    public static class IdLikeTexts
    {
        public static Arbitrary<string> Text() =>
            Gen.Elements("0123456789.az A".ToCharArray()).ArrayOf().Select(cs => new string(cs)).Where(s => s.Length <= 6).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(IdLikeTexts)], MaxTest = 5000)]
    public bool TryParseCanonical_WhereItReadsText_GivesWhatTryParseGives(string text)
    {
        // The fast path may decline (the reader then takes TryParse); it must never read a different id, or one TryParse refuses.
        if (!SdgId.TryParseCanonical(System.Text.Encoding.UTF8.GetBytes(text), out var fast))
        {
            return true;
        }

        return SdgId.TryParse(text, out var parsed) && parsed == fast && fast.ToString() == text;
    }
}
