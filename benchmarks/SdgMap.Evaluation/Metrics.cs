using SdgMap.Catalog;
using SdgMap.Graph;

namespace SdgMap.Evaluation;

/// <summary>Precision, recall and F1 of ranked suggestions against gold links, at a threshold and by rank.</summary>
internal sealed record Metrics
{
    public int Items { get; init; }
    public int Predicted { get; init; }
    public int Gold { get; init; }
    public int Correct { get; init; }
    public double MicroPrecision => Predicted == 0 ? 0 : Correct / (double)Predicted;
    public double MicroRecall => Gold == 0 ? 0 : Correct / (double)Gold;
    public double MicroF1 => F1(MicroPrecision, MicroRecall);
    public double MacroPrecision { get; init; }
    public double MacroRecall { get; init; }
    public double MacroF1 { get; init; }
    public double MacroAccuracy { get; init; }
    public double PrecisionAt1 { get; init; }
    public double PrecisionAt3 { get; init; }
    public double HitAt3 { get; init; }
    public double RecallAt3 { get; init; }
    public int NegativeItems { get; init; }
    public int NegativeWithSuggestion { get; init; }

    public static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    /// <summary>Scores <paramref name="ranked"/> (every label with its score, best first) against <paramref name="gold"/> at <paramref name="threshold"/>.</summary>
    public static Metrics Of(IReadOnlyDictionary<ElementNode, IReadOnlySet<SdgId>> gold, IReadOnlyDictionary<ElementNode, List<(SdgId Sdg, double Score)>> ranked, double threshold, IReadOnlyList<SdgId> labelSpace)
    {
        int predicted = 0, goldCount = 0, correct = 0, negatives = 0, negativeHit = 0;
        double p1 = 0, p3 = 0, hit3 = 0, r3 = 0;
        var positives = 0;
        var tp = labelSpace.ToDictionary(l => l, _ => 0);
        var fp = labelSpace.ToDictionary(l => l, _ => 0);
        var fn = labelSpace.ToDictionary(l => l, _ => 0);
        foreach (var (item, labels) in gold)
        {
            var list = ranked.GetValueOrDefault(item) ?? [];
            var chosen = list.Where(l => l.Score >= threshold).Select(l => l.Sdg).ToHashSet();
            predicted += chosen.Count;
            goldCount += labels.Count;
            correct += chosen.Count(labels.Contains);
            foreach (var l in labelSpace)
            {
                var inGold = labels.Contains(l);
                var inChosen = chosen.Contains(l);
                if (inGold && inChosen)
                {
                    tp[l]++;
                }
                else if (inChosen)
                {
                    fp[l]++;
                }
                else if (inGold)
                {
                    fn[l]++;
                }
            }

            if (labels.Count == 0)
            {
                negatives++;
                negativeHit += chosen.Count > 0 ? 1 : 0;
                continue;
            }

            positives++;
            var top3 = list.Take(3).Select(l => l.Sdg).ToList();
            p1 += list.Count > 0 && labels.Contains(list[0].Sdg) ? 1 : 0;
            p3 += top3.Count(labels.Contains) / 3.0;
            hit3 += top3.Any(labels.Contains) ? 1 : 0;
            r3 += top3.Count(labels.Contains) / (double)labels.Count;
        }

        // Macro figures average over the labels the gold uses, so labels nobody assigned do not inflate them.
        var used = labelSpace.Where(l => tp[l] + fn[l] > 0).ToList();
        double Precision(SdgId l) => tp[l] + fp[l] == 0 ? 0 : tp[l] / (double)(tp[l] + fp[l]);
        double Recall(SdgId l) => tp[l] / (double)(tp[l] + fn[l]);
        var n = gold.Count;
        return new Metrics
        {
            Items = n,
            Predicted = predicted,
            Gold = goldCount,
            Correct = correct,
            MacroPrecision = used.Count == 0 ? 0 : used.Average(Precision),
            MacroRecall = used.Count == 0 ? 0 : used.Average(Recall),
            MacroF1 = used.Count == 0 ? 0 : used.Average(l => F1(Precision(l), Recall(l))),
            MacroAccuracy = used.Count == 0 ? 0 : used.Average(l => (n - fp[l] - fn[l]) / (double)n),
            PrecisionAt1 = positives == 0 ? 0 : p1 / positives,
            PrecisionAt3 = positives == 0 ? 0 : p3 / positives,
            HitAt3 = positives == 0 ? 0 : hit3 / positives,
            RecallAt3 = positives == 0 ? 0 : r3 / positives,
            NegativeItems = negatives,
            NegativeWithSuggestion = negativeHit,
        };
    }
}
