using System.Text;

namespace SdgMap.Benchmarks;

/// <summary>
/// Plan-like Japanese measure texts made deterministically from a seed by recombining phrases, with
/// planted near-duplicates (another plan's wording of the same measure) and exact duplicates (the same
/// text printed in full-width or with other punctuation).
/// </summary>
/// <remarks>Shared by the benchmarks and the tests (linked source), so both see the same corpus.</remarks>
public static class SyntheticTexts
{
    private static readonly string[] Places =
        ["久喜", "加須", "幸手", "白岡", "蓮田", "杉戸", "宮代", "春日部", "越谷", "草加", "川口", "上尾", "桶川", "北本", "鴻巣", "行田", "羽生", "熊谷", "深谷", "本庄"];

    private static readonly string[] PlaceKinds = ["市", "町", "村"];

    private static readonly string[] Subjects =
        ["地域", "子ども", "子育て世帯", "高齢者", "障がいのある人", "市民", "事業者", "農業者", "観光客", "若者", "女性", "外国人住民", "自治会", "ボランティア団体", "学校", "家庭", "企業", "医療機関"];

    private static readonly string[] Themes =
        ["防災", "医療", "介護予防", "健康づくり", "生涯学習", "文化芸術", "スポーツ", "環境保全", "脱炭素", "公共交通", "道路整備", "上下水道", "商工業", "観光振興", "移住定住",
         "デジタル化", "行財政改革", "情報発信", "多文化共生", "男女共同参画", "地域福祉", "子育て支援", "学校教育", "住宅", "公園緑地", "消防救急", "防犯", "交通安全", "農業振興", "森林保全",
         "空き家対策", "地域包括ケア", "生活困窮者支援", "ＩＣＴ教育", "ごみ減量", "再生可能エネルギー"];

    private static readonly string[] Actions = ["の推進", "の充実", "の強化", "の促進", "への支援", "の確保", "の向上", "の整備", "の活性化", "の見直し"];

    private static readonly string[] Goals =
        ["安心して暮らせるまち", "誰もが活躍できる社会", "持続可能な地域", "住み続けたいまち", "健やかな暮らし", "にぎわいのある中心市街地", "災害に強いまち", "豊かな自然環境"];

    private static readonly string[] Means =
        ["関係機関との連携", "相談体制の整備", "情報提供の充実", "人材の育成", "拠点施設の活用", "補助制度の創設", "計画的な改修", "啓発活動の実施", "ネットワークの構築", "データの利活用"];

    private static readonly string[] Clauses =
        ["{s}が{g}を実現するため、{t}{a}を図ります。", "{t}に関する{m}により、{s}の負担軽減を目指します。", "{p}では、{s}と協働し、{t}を計画的に進めます。",
         "{m}を通じて、{s}が{t}に参加しやすい環境をつくります。", "{t}について、{m}を行い、{g}を目指します。", "令和{n}年度までに{t}{a}を完了します。",
         "{s}の声を生かし、{m}と{t}{a}に取り組みます。", "国や県の動向を踏まえ、{t}のあり方を検討します。"];

    /// <summary>The corpus: <paramref name="count"/> texts, the same for the same seed.</summary>
    public static string[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        var texts = new string[count];
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            texts[i] = i < 10 || roll < 0.70 ? Fresh(random)
                : roll < 0.95 ? Variant(random, texts[random.Next(i)])
                : Reprint(random, texts[random.Next(i)]);
        }

        return texts;
    }

    private static string Fresh(Random random)
    {
        if (random.NextDouble() < 0.4)
        {
            return random.NextDouble() < 0.5
                ? Pick(random, Themes) + Pick(random, Actions)
                : Pick(random, Subjects) + "の" + Pick(random, Themes) + Pick(random, Actions);
        }

        var builder = new StringBuilder();
        var clauses = random.Next(1, 5);
        for (var c = 0; c < clauses; c++)
        {
            builder.Append(Pick(random, Clauses)
                .Replace("{s}", Pick(random, Subjects), StringComparison.Ordinal)
                .Replace("{t}", Pick(random, Themes), StringComparison.Ordinal)
                .Replace("{a}", Pick(random, Actions), StringComparison.Ordinal)
                .Replace("{g}", Pick(random, Goals), StringComparison.Ordinal)
                .Replace("{m}", Pick(random, Means), StringComparison.Ordinal)
                .Replace("{p}", Place(random), StringComparison.Ordinal)
                .Replace("{n}", random.Next(5, 13).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        return builder.ToString();
    }

    /// <summary>Another plan's wording: a place swapped, a few characters changed, a clause added or cut.</summary>
    private static string Variant(Random random, string original)
    {
        var text = original;
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var position = random.Next(text.Length + 1);
            text = random.Next(5) switch
            {
                0 => text.Insert(position, Place(random) + "の"),
                1 when text.Length > 4 => text.Remove(Math.Min(position, text.Length - 2), 2),
                2 when text.Length > 1 => text.Remove(Math.Min(position, text.Length - 1), 1).Insert(Math.Min(position, text.Length - 1), Pick(random, Themes)[..1]),
                3 => text + Pick(random, Means)[..Math.Min(4, Pick(random, Means).Length)] + "を図ります。",
                _ => text.Insert(position, "、"),
            };
        }

        return text;
    }

    /// <summary>The same text printed differently: full-width digits and letters, other punctuation or spacing.</summary>
    private static string Reprint(Random random, string original) => random.Next(3) switch
    {
        0 => string.Concat(original.Select(c => c is >= '0' and <= '9' or >= 'A' and <= 'Z' ? (char)(c + 0xFEE0) : c)),
        1 => original.Replace("、", " ", StringComparison.Ordinal).Replace("。", "．", StringComparison.Ordinal),
        _ => "【" + original + "】",
    };

    private static string Place(Random random) => Pick(random, Places) + Pick(random, PlaceKinds);

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
