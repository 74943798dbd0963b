using FsCheck;
using FsCheck.Fluent;

namespace SdgMap.Tests.Generators;

/// <summary>Generators of measure texts and small corpora with planted near-duplicates and reprints.</summary>
public static class ReuseGen
{
    private static readonly string[] Words =
    [
        "地域", "子育て", "支援", "防災", "医療", "介護予防", "住まい", "生活", "環境", "教育", "文化", "推進", "充実", "強化", "まちづくり",
        "の", "を", "に", "と", "、", "。", "を図ります", "に取り組みます", "市民", "協働", "ＩＣＴ", "ＳＤＧｓ", "１０年後", "ｶﾀｶﾅ", "𠮷野家", "🌸", "「安心」", "（仮称）", " ",
    ];

    /// <summary>A measure-like text of one to eight words.</summary>
    public static Gen<string> Text { get; } =
        Gen.Elements(Words).NonEmptyListOf().Select(ws => string.Concat(ws.Take(8)));

    /// <summary>A text as another plan might print it: full-width, other punctuation, a word more or less, a character changed.</summary>
    public static Gen<string> Variant(string text) =>
        from kind in Gen.Choose(0, 4)
        from word in Gen.Elements(Words)
        from at in Gen.Choose(0, text.Length)
        select kind switch
        {
            0 => FullWidth(text),
            1 => "【" + text.Replace("、", "・", StringComparison.Ordinal) + "】",
            2 => text.Insert(at, word),
            3 when text.Length > 0 => text.Remove(Math.Min(at, text.Length - 1), 1),
            _ => text + word,
        };

    /// <summary>Base texts followed by variants of them, in shuffled order.</summary>
    public static Gen<string[]> Corpus { get; } =
        from bases in Text.NonEmptyListOf().Select(l => l.Take(12).ToArray())
        from variants in Gen.Choose(0, 12).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n), i => Variant(bases[i % bases.Length])))
        from order in Gen.Shuffle(bases.Concat(variants).ToArray())
        select order;

    /// <summary>ASCII letters and digits in full width (Ａ, １), which NFKC maps back.</summary>
    public static string FullWidth(string text) =>
        string.Concat(text.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c));
}

/// <summary>FsCheck arbitraries for the reuse properties.</summary>
public static class ReuseArbitraries
{
    public static Arbitrary<string[]> Corpus() => ReuseGen.Corpus.ToArbitrary();
}
