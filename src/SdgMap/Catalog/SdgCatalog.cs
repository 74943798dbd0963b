using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SdgMap.Resources;
using SdgMap.Text;

namespace SdgMap.Catalog;

/// <summary>
/// The UN SDG catalogue: 17 goals, 169 targets and the global indicators, with English and
/// Japanese titles and the goals' official colours, as shipped inside this assembly.
/// </summary>
/// <remarks>
/// Sources: goal, target and indicator texts from UN resolution A/RES/70/1 and the global
/// indicator framework (via open-sdg/sdg-translations); Japanese titles from the Ministry of
/// Foreign Affairs of Japan's provisional translation (外務省 仮訳); colours from the UN SDG
/// communications guidelines. See <c>data/sdg/SOURCES.md</c> in the repository.
/// </remarks>
public sealed class SdgCatalog
{
    /// <summary>The number of goals.</summary>
    public const int GoalCount = 17;

    private static readonly Lazy<SdgCatalog> LazyDefault = new(LoadEmbedded);
    private readonly FrozenDictionary<SdgId, SdgTarget> _targets;
    private readonly FrozenDictionary<string, SdgIndicator[]> _indicators;
    private readonly FrozenDictionary<SdgId, int> _dense;
    private readonly SdgId[] _byDense;

    private SdgCatalog(IReadOnlyList<SdgGoal> goals, IReadOnlyList<SdgIndicator> indicators)
    {
        Goals = goals;
        Targets = [.. goals.SelectMany(g => g.Targets)];
        Indicators = indicators;
        _targets = Targets.ToFrozenDictionary(t => t.Id);
        _byDense = [.. goals.Select(g => g.Id), .. Targets.Select(t => t.Id)];
        _dense = _byDense.Select((id, i) => (id, i)).ToFrozenDictionary(p => p.id, p => p.i);
        _indicators = indicators.GroupBy(i => i.Code, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The catalogue shipped with SdgMap, loaded once on first use.</summary>
    public static SdgCatalog Default => LazyDefault.Value;

    /// <summary>The 17 goals in order.</summary>
    public IReadOnlyList<SdgGoal> Goals { get; }

    /// <summary>The 169 targets in UN order.</summary>
    public IReadOnlyList<SdgTarget> Targets { get; }

    /// <summary>Every indicator listing in UN order (an indicator listed under two targets appears twice).</summary>
    public IReadOnlyList<SdgIndicator> Indicators { get; }

    /// <summary>Whether the catalogue holds this goal or target.</summary>
    public bool Contains(SdgId id) =>
        id.IsValid && (id.IsGoal ? id.Goal <= GoalCount : _targets.ContainsKey(id));

    /// <summary>The goal <paramref name="id"/> names, or the goal of the target it names.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public SdgGoal Goal(SdgId id)
    {
        if (!id.IsValid)
        {
            throw new ArgumentException("The SDG id is empty (default).", nameof(id));
        }

        return Goals[id.Goal - 1];
    }

    /// <summary>The target <paramref name="id"/> names.</summary>
    /// <exception cref="KeyNotFoundException"><paramref name="id"/> is a goal, not a target.</exception>
    public SdgTarget Target(SdgId id) =>
        _targets.TryGetValue(id, out var target)
            ? target
            : throw new KeyNotFoundException($"'{id}' is not an SDG target.");

    /// <summary>The indicator listings with this code (<c>16.6.1</c>); empty when there is none.</summary>
    public IReadOnlyList<SdgIndicator> IndicatorListings(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _indicators.TryGetValue(code.Trim(), out var found) ? found : [];
    }

    /// <summary>Finds a goal, target or indicator by any accepted spelling of its id.</summary>
    /// <returns>The entry, or <see langword="null"/> with <paramref name="error"/> naming what is wrong.</returns>
    public SdgCatalogEntry? Find(string text, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (SdgId.TryParse(text, out var id, out var idError))
        {
            error = null;
            return id.IsGoal ? new SdgCatalogEntry.Goal(Goal(id)) : new SdgCatalogEntry.Target(Target(id));
        }

        var code = Nfkc.Normalize(text).Trim();
        var listings = IndicatorListings(code);
        if (listings.Count > 0)
        {
            error = null;
            return new SdgCatalogEntry.Indicator(listings);
        }

        error = code.Count(c => c == '.') == 2
            ? $"'{text}' is not an SDG indicator of the global framework."
            : idError;
        return null;
    }

    /// <summary>The number of goals and targets: the size of the dense index.</summary>
    internal int DenseCount => _byDense.Length;

    /// <summary>A dense index of goals (0–16) then targets (17–185) in UN order, for bit sets and arrays.</summary>
    internal int DenseIndex(SdgId id) => _dense[id];

    /// <summary>The id at a dense index.</summary>
    internal SdgId AtDense(int index) => _byDense[index];

    /// <summary>Describes a goal's targets for messages: <c>16.1–16.10 and 16.a–16.b</c>.</summary>
    internal string DescribeTargetRange(int goal)
    {
        var targets = Goals[goal - 1].Targets;
        var numbered = targets.Where(t => char.IsAsciiDigit(t.Id.TargetSuffix![0])).ToList();
        var lettered = targets.Where(t => char.IsAsciiLetter(t.Id.TargetSuffix![0])).ToList();
        static string Range(List<SdgTarget> list) =>
            list.Count == 1 ? $"{list[0].Id}" : $"{list[0].Id}–{list[^1].Id}";
        return lettered.Count == 0 ? Range(numbered) : Localized.Format(Messages.TargetRanges, Range(numbered), Range(lettered));
    }

    private static SdgCatalog LoadEmbedded()
    {
        var goalsEn = Read("goals_en.csv");
        var goalsJa = Read("goals_ja.csv").ToDictionary(r => r[0]);
        var targetsJa = TryRead("targets_ja.csv")?.ToDictionary(r => r[0]) ?? [];
        var indicators = Read("indicators_en.csv")
            .Select(r => new SdgIndicator { Code = r[0], Target = ParseShipped(r[1]), TitleEn = r[2] })
            .ToList();
        var indicatorsByTarget = indicators.ToLookup(i => i.Target);

        // Targets are read before ids can be validated against the catalogue, so they are
        // built from their syntax alone here; the shipped files are checked by tests.
        var targets = Read("targets_en.csv")
            .Select(r => new SdgTarget
            {
                Id = ParseShipped(r[0]),
                TitleEn = r[2],
                TitleJa = targetsJa.TryGetValue(r[0], out var ja) && ja[2].Length > 0 ? ja[2] : null,
                Indicators = [.. indicatorsByTarget[ParseShipped(r[0])]],
            })
            .ToLookup(t => t.Id.Goal);

        var goals = goalsEn
            .Select(r =>
            {
                var number = int.Parse(r[0], CultureInfo.InvariantCulture);
                var ja = goalsJa[r[0]];
                return new SdgGoal
                {
                    Id = SdgId.ForGoal(number),
                    ShortTitleEn = r[1],
                    TitleEn = r[2],
                    ShortTitleJa = ja[1],
                    TitleJa = ja[2],
                    Colour = ja[3],
                    Targets = [.. targets[number]],
                };
            })
            .ToList();
        return new SdgCatalog(goals, indicators);
    }

    private static SdgId ParseShipped(string text) => SdgId.ParseSyntaxOnly(text);

    private static List<string[]> Read(string name) =>
        TryRead(name) ?? throw new InvalidOperationException($"The SDG catalogue resource '{name}' is missing from the SdgMap assembly.");

    private static List<string[]>? TryRead(string name)
    {
        using var stream = typeof(SdgCatalog).Assembly.GetManifestResourceStream("SdgMap.Catalog." + name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return [.. Csv.Parse(reader.ReadToEnd()).Skip(1).Where(r => r.Length > 1)];
    }
}
