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
        _messages = new string?[graph.Catalog.DenseCount];
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

    /// <summary>Adds the gaps of the plan at position <paramref name="p"/> in scope (or <see cref="AcrossPlans"/>), goals first, in UN order.</summary>
    public void AddGaps(List<Gap> gaps, int p, string plan)
    {
        if (_grid is null)
        {
            gaps.AddRange(Walked(plan).Where(g => _kinds.Contains(g.Kind)));
            return;
        }

        var declared = p == AcrossPlans ? _declaredTotal! : _grid.Declared.AsSpan(p * _grid.Width, _grid.Width);
        var suggested = _grid.Suggested is null ? default : p == AcrossPlans ? _suggestedTotal! : _grid.Suggested.AsSpan(p * _grid.Width, _grid.Width);
        var goals = _graph.Catalog.Goals.Count;
        var wantGoals = _options.By != SdgLevel.Target && (_kinds.Contains(GapKind.UncoveredGoal) || _kinds.Contains(GapKind.SuggestedOnlyGoal));
        var wantTargets = _options.By != SdgLevel.Goal && _kinds.Contains(GapKind.UncoveredTarget);
        var (from, to) = (wantGoals ? 0 : goals, wantTargets ? _grid.Width : goals);
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

                gaps.Add(new Gap { Plan = plan, Kind = d < goals ? GapKind.UncoveredGoal : GapKind.UncoveredTarget, Subject = _subjects[d] ??= _graph.Catalog.AtDense(d).ToString(), Sdg = _graph.Catalog.AtDense(d), Message = Message(d) });
            }
            else if (d < goals && suggestedOnly)
            {
                gaps.Add(SuggestedOnly(plan, _graph.Catalog.AtDense(d), Covering(plan, d)));
            }
        }
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

    // Uncovered SDGs read the same for every plan, so each message is made once.
    private string Message(int dense) => _messages[dense] ??= Uncovered(_graph.Catalog, _graph.Catalog.AtDense(dense));

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
