using SdgMap.Collections;
using SdgMap.Graph;
using SdgMap.Model;

namespace SdgMap.Queries;

/// <summary>Coverage matrices: plans, levels or themes against goals, targets or themes.</summary>
public static class MatrixQueries
{
    /// <summary>
    /// Builds a matrix. A cell counts the elements, inside the row's reach, that themselves carry
    /// the column's goal, target or term: a plan row reaches every element of the plan in scope; an
    /// element row reaches the element and its descendants; a term row reaches the elements
    /// carrying the term and their descendants. Rows of several plans stand side by side, plans
    /// ordered by id. Linear in the size of the plans in scope (term rows: in the size of the
    /// subtrees of the tagged elements).
    /// </summary>
    /// <exception cref="ArgumentException">Plans or a level used as columns, goals or targets used as rows, or a level, taxonomy or scope tag no plan in scope has.</exception>
    public static CoverageMatrix CoverageMatrix(this PlanGraph graph, MatrixAxis rows, MatrixAxis columns, QueryScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        if (rows.Kind is MatrixAxisKind.Goals or MatrixAxisKind.Targets)
        {
            throw new ArgumentException("Rows are plans, a level or a taxonomy; goals and targets are columns.", nameof(rows));
        }

        if (columns.Kind is MatrixAxisKind.Plans or MatrixAxisKind.Level)
        {
            throw new ArgumentException("Columns are goals, targets or a taxonomy; plans and levels are rows.", nameof(columns));
        }

        scope ??= QueryScope.All;
        var plans = ScopeWalk.Plans(graph, scope).ToList();
        ScopeWalk.Check(plans, scope, rows.Kind == MatrixAxisKind.Level ? rows.Value : null);
        foreach (var axis in new[] { rows, columns }.Where(a => a.Kind == MatrixAxisKind.Taxonomy))
        {
            KnownNames.CheckTaxonomy([.. plans.Select(i => i.Plan)], axis.Value!);
        }

        if (rows.Kind == MatrixAxisKind.Plans && columns.Kind is MatrixAxisKind.Goals or MatrixAxisKind.Targets
            && CoverageGrid.Serves(scope) && !scope.IncludeSuggested)
        {
            return PlansBySdg(graph, columns, scope);
        }

        return Walk(graph, rows, columns, scope);
    }

    // Plans against goals or targets: counts straight from the packed links; cells on demand.
    private static CoverageMatrix PlansBySdg(PlanGraph graph, MatrixAxis columns, QueryScope scope)
    {
        var grid = CoverageGrid.Count(graph, scope, withSuggested: false);
        var goals = columns.Kind == MatrixAxisKind.Goals;
        var first = goals ? 0 : graph.Catalog.Goals.Count;
        var width = goals ? graph.Catalog.Goals.Count : graph.Catalog.Targets.Count;
        var counts = new int[grid.Plans.Count * width];
        for (var p = 0; p < grid.Plans.Count; p++)
        {
            grid.Declared.AsSpan((p * grid.Width) + first, width).CopyTo(counts.AsSpan(p * width, width));
        }

        var rows = grid.Plans.Select(index => new MatrixRow { Plan = index.Plan.Id, Key = index.Plan.Id, Label = index.Plan.Title }).ToList();
        var keys = goals ? graph.Catalog.Goals.Select(g => MatrixColumn.Of(g.Id)) : graph.Catalog.Targets.Select(t => MatrixColumn.Of(t.Id));
        return Queries.CoverageMatrix.Deferred(rows, [.. keys], counts, () => Walk(graph, MatrixAxis.Plans, columns, scope).Cells);
    }

    private static CoverageMatrix Walk(PlanGraph graph, MatrixAxis rows, MatrixAxis columns, QueryScope scope)
    {
        var columnKeys = new List<MatrixColumn>();
        var columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        void Column(MatrixColumn column)
        {
            if (columnIndex.TryAdd(column.Key, columnKeys.Count))
            {
                columnKeys.Add(column);
            }
        }

        if (columns.Kind == MatrixAxisKind.Goals)
        {
            graph.Catalog.Goals.ToList().ForEach(g => Column(MatrixColumn.Of(g.Id)));
        }
        else if (columns.Kind == MatrixAxisKind.Targets)
        {
            graph.Catalog.Targets.ToList().ForEach(t => Column(MatrixColumn.Of(t.Id)));
        }
        else
        {
            foreach (var term in TermsOf(graph, columns.Value!, scope))
            {
                Column(MatrixColumn.Of(term));
            }
        }

        var matrixRows = new List<MatrixRow>();
        var cells = new List<MatrixCell>();
        var unscoped = scope with { Level = null, Tag = null };
        var sdgColumns = columns.Kind is MatrixAxisKind.Goals or MatrixAxisKind.Targets;
        var own = QueryScope.All with { IncludeSuggested = scope.IncludeSuggested };
        var firstColumn = columns.Kind == MatrixAxisKind.Targets ? graph.Catalog.Goals.Count : 0;
        foreach (var index in ScopeWalk.Plans(graph, scope))
        {
            var allowed = ScopeWalk.Contributors(graph, index, unscoped).ToHashSet();
            if (scope.Tag is not null)
            {
                // The rows roll up on their own, so the scope's tag narrows what they may reach: the
                // elements carrying it and their descendants, as everywhere a scope has a tag.
                var tagged = ScopeWalk.Contributors(graph, index, scope with { Level = null });
                allowed.IntersectWith(tagged.Concat(tagged.SelectMany(index.Descendants)));
            }

            foreach (var (row, reach) in RowsOf(index, rows, scope, allowed))
            {
                var r = matrixRows.Count;
                matrixRows.Add(row);
                var byColumn = new SortedDictionary<int, List<ElementRef>>();
                if (sdgColumns)
                {
                    // Goals and targets count what the kernel says each element in reach covers itself.
                    var sink = new CellSink(index, byColumn, firstColumn);
                    CoverageKernel.Run(index, graph.Catalog, [.. reach], own, columns.Kind == MatrixAxisKind.Goals ? SdgLevel.Goal : SdgLevel.Target, ref sink);
                }
                else
                {
                    foreach (var x in reach)
                    {
                        foreach (var key in TermKeys(index, x, columns.Value!, scope.IncludeSuggested))
                        {
                            if (columnIndex.TryGetValue(key, out var c))
                            {
                                (byColumn.TryGetValue(c, out var list) ? list : byColumn[c] = []).Add(new ElementRef(index, x));
                            }
                        }
                    }
                }

                cells.AddRange(byColumn.Select(kv => new MatrixCell
                {
                    Row = r,
                    Column = kv.Key,
                    Plan = row.Plan,
                    RowKey = row.Key,
                    ColumnKey = columnKeys[kv.Key].Key,
                    Count = kv.Value.Count,
                    Elements = ValueList.From(kv.Value),
                }));
            }
        }

        return new CoverageMatrix { Rows = ValueList.From(matrixRows), Columns = ValueList.From(columnKeys), Cells = ValueList.From(cells) };
    }

    private readonly struct CellSink(PlanIndex index, SortedDictionary<int, List<ElementRef>> byColumn, int firstColumn) : CoverageKernel.ISink
    {
        public void Add(int element, int dense, Contribution how)
        {
            var c = dense - firstColumn;
            (byColumn.TryGetValue(c, out var list) ? list : byColumn[c] = []).Add(new ElementRef(index, element));
        }
    }

    private static IEnumerable<(MatrixRow Row, IEnumerable<int> Reach)> RowsOf(PlanIndex index, MatrixAxis rows, QueryScope scope, HashSet<int> allowed)
    {
        var plan = index.Plan;
        switch (rows.Kind)
        {
            case MatrixAxisKind.Plans:
                yield return (new MatrixRow { Plan = plan.Id, Key = plan.Id, Label = plan.Title }, allowed.Order());
                break;
            case MatrixAxisKind.Level:
                var depth = ScopeWalk.ResolveDepth(index, rows.Value!);
                for (var i = 0; i < index.Count; i++)
                {
                    if (depth > 0 && index.Depths[i] == depth && allowed.Contains(i))
                    {
                        var reach = index.Descendants(i).Prepend(i).Where(allowed.Contains).ToList();
                        yield return (new MatrixRow { Plan = plan.Id, Key = ScopeWalk.CodeOf(index, i), Label = plan.Elements[i].DisplayTitle }, reach);
                    }
                }

                break;
            default:
                foreach (var (term, label) in TermsOfPlan(index, rows.Value!))
                {
                    var reach = new SortedSet<int>();
                    for (var i = 0; i < index.Count; i++)
                    {
                        if (allowed.Contains(i) && (index.Terms[i].Contains(term) || (scope.IncludeSuggested && index.SuggestedTerms[i].Contains(term))))
                        {
                            reach.Add(i);
                            reach.UnionWith(index.Descendants(i).Where(allowed.Contains));
                        }
                    }

                    yield return (new MatrixRow { Plan = plan.Id, Key = $"{term.Taxonomy}:{term.Term}", Label = label }, reach);
                }

                break;
        }
    }

    private static IEnumerable<string> TermKeys(PlanIndex index, int i, string taxonomy, bool includeSuggested) =>
        (includeSuggested ? index.Terms[i].Concat(index.SuggestedTerms[i]) : index.Terms[i])
            .Where(t => t.Taxonomy == taxonomy).Select(t => $"{t.Taxonomy}:{t.Term}").Distinct();

    private static IEnumerable<Tag> TermsOf(PlanGraph graph, string taxonomyId, QueryScope scope) =>
        ScopeWalk.Plans(graph, scope).SelectMany(index => TermsOfPlan(index, taxonomyId)).Select(t => new Tag(t.Term.Taxonomy, t.Term.Term)).Distinct();

    private static IEnumerable<(TermNode Term, string Label)> TermsOfPlan(PlanIndex index, string taxonomyId)
    {
        return index.Tags.TryGetTaxonomy(taxonomyId, out var taxonomy, out var scopeId)
            ? taxonomy.Terms.Select(t => (new TermNode(scopeId, taxonomy.Id, t.Id), $"{t.PrintedMark}{t.Label}"))
            : [];
    }
}
