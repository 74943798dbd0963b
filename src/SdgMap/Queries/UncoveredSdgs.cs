using System.Globalization;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Resources;

namespace SdgMap.Queries;

/// <summary>
/// The uncovered-goal, uncovered-target and suggested-only-goal gaps of the plans in a scope.
/// Scopes that only pick plans read counts off a <see cref="CoverageGrid"/>; a subtree, level
/// or tag scope asks the coverage query plan by plan.
/// </summary>
internal sealed class UncoveredSdgs
{
    /// <summary>The plan position that stands for all plans in scope together.</summary>
    public const int AcrossPlans = -1;

    private readonly PlanGraph _graph;
    private readonly QueryScope _scope;
    private readonly GapOptions _options;
    private readonly CoverageGrid? _grid;
    private readonly int[]? _declaredTotal;
    private readonly int[]? _suggestedTotal;
    private readonly string?[] _messages;
    private readonly string?[] _subjects;
    private readonly IReadOnlySet<GapKind> _kinds;

    public UncoveredSdgs(PlanGraph graph, QueryScope scope, GapOptions options, IReadOnlySet<GapKind> kinds)
    {
        _kinds = kinds;
        _graph = graph;
        _scope = scope;
        _options = options;
        _messages = MessagesFor(graph.Catalog);
        _subjects = new string?[graph.Catalog.DenseCount];
        if (!CoverageGrid.Serves(scope))
        {
            return;
        }

        _grid = CoverageGrid.Count(graph, scope, withSuggested: scope.IncludeSuggested);
        if (options.AcrossPlans)
        {
            _declaredTotal = Total(_grid.Declared, _grid.Width);
            _suggestedTotal = _grid.Suggested is null ? null : Total(_grid.Suggested, _grid.Width);
        }
    }

    /// <summary>
    /// How many gaps <see cref="AddGaps"/> adds for the plan at position <paramref name="p"/> (or
    /// <see cref="AcrossPlans"/>), read off the grid; 0 for a scope the grid does not serve, whose
    /// gaps are only found by walking.
    /// </summary>
    public int Count(int p)
    {
        if (_grid is null)
        {
            return 0;
        }

        var counter = new Counter();
        Visit(p, ref counter);
        return counter.Count;
    }

    /// <summary>Adds the gaps of the plan at position <paramref name="p"/> in scope (or <see cref="AcrossPlans"/>), goals first, in UN order.</summary>
    public void AddGaps(List<Gap> gaps, int p, string plan)
    {
        if (_grid is null)
        {
            gaps.AddRange(Walked(plan).Where(g => _kinds.Contains(g.Kind)));
            return;
        }

        var adder = new Adder(this, gaps, plan);
        Visit(p, ref adder);
    }

    // Counting and adding share this loop, so that the count is exactly what is added.
    private void Visit<TSink>(int p, ref TSink sink)
        where TSink : struct, ISink
    {
        var grid = _grid!;
        var declared = p == AcrossPlans ? _declaredTotal! : grid.Declared.AsSpan(p * grid.Width, grid.Width);
        var suggested = grid.Suggested is null ? default : p == AcrossPlans ? _suggestedTotal! : grid.Suggested.AsSpan(p * grid.Width, grid.Width);
        var goals = _graph.Catalog.Goals.Count;
        var wantGoals = _options.By != SdgLevel.Target && (_kinds.Contains(GapKind.UncoveredGoal) || _kinds.Contains(GapKind.SuggestedOnlyGoal));
        var wantTargets = _options.By != SdgLevel.Goal && _kinds.Contains(GapKind.UncoveredTarget);
        var (from, to) = (wantGoals ? 0 : goals, wantTargets ? grid.Width : goals);
        var uncoveredGoals = _kinds.Contains(GapKind.UncoveredGoal);
        var suggestedOnly = _kinds.Contains(GapKind.SuggestedOnlyGoal);
        for (var d = from; d < to; d++)
        {
            if (declared[d] > 0)
            {
                continue;
            }

            if (suggested.IsEmpty || suggested[d] == 0)
            {
                if (d < goals && !uncoveredGoals)
                {
                    continue;
                }

                sink.Uncovered(d, d < goals ? GapKind.UncoveredGoal : GapKind.UncoveredTarget);
            }
            else if (d < goals && suggestedOnly)
            {
                sink.SuggestedOnly(d);
            }
        }
    }

    private interface ISink
    {
        void Uncovered(int dense, GapKind kind);

        void SuggestedOnly(int dense);
    }

    private struct Counter : ISink
    {
        public int Count { get; private set; }

        public void Uncovered(int dense, GapKind kind) => Count++;

        public void SuggestedOnly(int dense) => Count++;
    }

    private readonly struct Adder(UncoveredSdgs owner, List<Gap> gaps, string plan) : ISink
    {
        public void Uncovered(int dense, GapKind kind)
        {
            var sdg = owner._graph.Catalog.AtDense(dense);
            gaps.Add(new Gap { Plan = plan, Kind = kind, Subject = owner._subjects[dense] ??= sdg.ToString(), Sdg = sdg, Message = owner.Message(dense) });
        }

        public void SuggestedOnly(int dense) =>
            gaps.Add(UncoveredSdgs.SuggestedOnly(plan, owner._graph.Catalog.AtDense(dense), owner.Covering(plan, dense)));
    }

    private static int[] Total(int[] grid, int width)
    {
        var total = new int[width];
        for (var start = 0; start < grid.Length; start += width)
        {
            for (var d = 0; d < width; d++)
            {
                total[d] += grid[start + d];
            }
        }

        return total;
    }

    // Uncovered SDGs read the same for every plan, and for every query in the same cultures, so each
    // message is made once per culture: looking up the resource ~190 times a query was a tenth of
    // a query for element rows.
    private string Message(int dense) => _messages[dense] ??= Uncovered(_graph.Catalog, _graph.Catalog.AtDense(dense));

    private static MessageCache? s_messages;

    /// <summary>The uncovered-SDG sentences made so far in the current cultures for <paramref name="catalog"/>, by dense index.</summary>
    private static string?[] MessagesFor(SdgCatalog catalog)
    {
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        if (s_messages is { } cached && ReferenceEquals(cached.Catalog, catalog) && ReferenceEquals(cached.Ui, ui) && ReferenceEquals(cached.Format, format))
        {
            return cached.Messages;
        }

        // Filled as read; two threads filling the same entry write the same sentence.
        var fresh = new MessageCache(catalog, ui, format, new string?[catalog.DenseCount]);
        s_messages = fresh;
        return fresh.Messages;
    }

    private sealed record MessageCache(SdgCatalog Catalog, CultureInfo Ui, CultureInfo Format, string?[] Messages);

    private static string Uncovered(SdgCatalog catalog, SdgId sdg) =>
        Localized.Format(
            sdg.IsGoal ? Messages.GapUncoveredGoal : Messages.GapUncoveredTarget,
            sdg,
            sdg.IsGoal ? catalog.Goal(sdg).ShortTitleJa : catalog.Target(sdg).TitleJa ?? catalog.Target(sdg).TitleEn);

    private static Gap SuggestedOnly(string plan, SdgId sdg, IEnumerable<ElementRef> elements) => new()
    {
        Plan = plan,
        Kind = GapKind.SuggestedOnlyGoal,
        Subject = sdg.ToString(),
        Sdg = sdg,
        Message = Localized.Format(Messages.GapSuggestedOnly, sdg, string.Join(", ", elements.Select(e => plan == CoverageQueries.AllPlans ? e.QualifiedCode : e.Code))),
    };

    // The few goals covered only through suggestions name their elements: ask the coverage query for them.
    private IReadOnlyList<ElementRef> Covering(string plan, int dense)
    {
        var combined = plan == CoverageQueries.AllPlans;
        var scope = combined ? _scope : _scope with { Plans = [plan] };
        var sdg = _graph.Catalog.AtDense(dense);
        return _graph.Coverage(SdgLevel.Goal, scope with { IncludeSuggested = true }, combined).First(r => r.Sdg == sdg).Elements;
    }

    private IEnumerable<Gap> Walked(string plan)
    {
        var combined = plan == CoverageQueries.AllPlans;
        var scope = combined ? _scope : _scope with { Plans = [plan] };
        foreach (var by in (SdgLevel[])[SdgLevel.Goal, SdgLevel.Target])
        {
            if (_options.By is { } only && only != by)
            {
                continue;
            }

            foreach (var row in _graph.Coverage(by, scope with { IncludeSuggested = true }, combined))
            {
                if (!row.Covered || (!scope.IncludeSuggested && row.SuggestedOnly.Count == row.Count))
                {
                    var sdg = row.Sdg;
                    yield return new Gap { Plan = plan, Kind = sdg.IsGoal ? GapKind.UncoveredGoal : GapKind.UncoveredTarget, Subject = sdg.ToString(), Sdg = sdg, Message = Message(_graph.Catalog.DenseIndex(sdg)) };
                }
                else if (by == SdgLevel.Goal && scope.IncludeSuggested && row.SuggestedOnly.Count == row.Count)
                {
                    yield return SuggestedOnly(plan, row.Sdg, row.Elements);
                }
            }
        }
    }
}
