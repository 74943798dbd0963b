using System.Globalization;
using System.Text;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Resources;
using SdgMap.Text;

namespace SdgMap.Export;

/// <summary>Composes the HTML of a <see cref="PlanReport"/>, section by section, into one buffer.</summary>
internal sealed class ReportWriter
{
    private const string Css = """
        @page { size: A4 landscape; margin: 10mm; }
        * { box-sizing: border-box; }
        body { font-family: FONTS; color: #1A1A1A; margin: 16px; font-size: 13px; line-height: 1.45; }
        h1 { font-size: 22px; margin: 0 0 4px; }
        h2 { font-size: 17px; border-bottom: 3px solid #19486A; padding-bottom: 2px; margin: 28px 0 8px; break-after: avoid; }
        h3 { font-size: 15px; margin: 18px 0 6px; break-after: avoid; }
        p.note { color: #555; font-size: 12px; margin: 4px 0 8px; }
        nav ol { columns: 2; margin: 8px 0; }
        a { color: #19486A; }
        table { border-collapse: collapse; margin: 6px 0 12px; font-size: 12px; }
        th, td { border: 1px solid #C8C8C8; padding: 2px 6px; vertical-align: top; text-align: left; }
        th { background: #EEF2F6; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        svg { max-width: 100%; height: auto; display: block; margin: 6px 0 12px; }
        .bar { display: inline-flex; width: 160px; height: 12px; background: #E4E4E4; vertical-align: middle; }
        .bar span { display: block; height: 100%; }
        .declared { background: #19486A; } .suggested { background: #7FA7D0; } .lost { background: #E08A2C; }
        .key { display: inline-block; width: 12px; height: 12px; vertical-align: middle; margin: 0 3px 0 10px; }
        .key.none { background: #E4E4E4; }
        mark { background: #FFE066; padding: 0 1px; }
        .evidence { margin: 2px 0; }
        .field { color: #555; font-size: 11px; margin-right: 6px; }
        section.plan { break-before: page; }
        @media print { body { margin: 0; } nav { display: none; } svg, tr { break-inside: avoid; } }
        """;

    private readonly PlanGraph _graph;
    private readonly PlanReportOptions _options;
    private readonly ReportLanguage _language;
    private readonly SdgCatalog _catalog;
    private readonly QueryScope _scope;
    private readonly StringBuilder _html = new(1 << 16);
    private readonly IReadOnlyList<Plan> _plans;
    private readonly IReadOnlyList<Plan> _detailed;
    private readonly Dictionary<string, string> _names;
    private readonly bool _hasSuggestions;
    private bool _inSection;

    public ReportWriter(PlanGraph graph, PlanReportOptions options)
    {
        _graph = graph;
        _options = options;
        _language = options.Language;
        _catalog = graph.Catalog;
        _scope = new QueryScope { IncludeSuggested = options.IncludeSuggested };
        _plans = [.. graph.Plans.OrderBy(p => p.Id, StringComparer.Ordinal)];
        _detailed = [.. _plans.Take(options.MaxPlanSections)];
        _hasSuggestions = _plans.Any(p => p.Elements.Any(e => e.Suggested is { Sdg.Count: > 0 }));

        // Municipalities name the plans in charts; a municipality with two plans gets the plan id too.
        var shared = _plans.GroupBy(p => p.Municipality.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        _names = _plans.ToDictionary(p => p.Id, p => shared.Contains(p.Municipality.Name) ? $"{p.Municipality.Name} ({p.Id})" : p.Municipality.Name, StringComparer.Ordinal);
    }

    private string T(string key, params object?[] args) => ReportText.Get(_language, key, args);

    public string Render()
    {
        var title = _options.Title ?? T(nameof(Messages.ReportTitle));
        _html.Append("<!DOCTYPE html>\n<html lang=\"").Append(_language == ReportLanguage.English ? "en" : "ja").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").AppendEscaped(title).Append("</title>\n<style>\n")
            .Append(Css.Replace("FONTS", CoverageChart.FontFamily, StringComparison.Ordinal)).Append("\n</style>\n</head>\n<body>\n<h1>").AppendEscaped(title).Append("</h1>\n");
        var elements = _plans.Sum(p => p.Elements.Count);
        Note(T(nameof(Messages.ReportPlansElements), Num(_plans.Count), Num(elements))
            + (_options.IncludeSuggested ? T(nameof(Messages.ReportCountsSuggested)) : T(nameof(Messages.ReportCountsDeclared))));
        if (_options.GeneratedAt is { } at)
        {
            Note(T(nameof(Messages.ReportMade)) + at.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        }

        Navigation();
        Overview();
        PlansByGoals();
        Targets();
        Themes();
        Gaps();
        if (_options.Reuse)
        {
            Reuse();
        }

        if (_hasSuggestions)
        {
            Suggestions();
        }

        EndSection();
        PlanSections();
        _html.Append("</body>\n</html>\n");
        return _html.ToString();
    }

    private void Navigation()
    {
        _html.Append("<nav><ol>");
        void Item(string id, string text) => _html.Append("<li><a href=\"#").Append(id).Append("\">").AppendEscaped(text).Append("</a></li>");
        Item("overview", T(nameof(Messages.ReportOverview)));
        Item("plans-goals", T(nameof(Messages.ReportPlansGoals)));
        Item("targets", T(nameof(Messages.ReportTargets)));
        Item("themes", T(nameof(Messages.ReportThemes)));
        Item("gaps", T(nameof(Messages.ReportGaps)));
        if (_options.Reuse)
        {
            Item("reuse", T(nameof(Messages.ReportReuse)));
        }

        if (_hasSuggestions)
        {
            Item("suggestions", T(nameof(Messages.ReportSuggestions)));
        }

        for (var p = 0; p < _detailed.Count; p++)
        {
            Item(PlanAnchor(p), _names[_detailed[p].Id]);
        }

        _html.Append("</ol></nav>\n");
    }

    private static string PlanAnchor(int p) => "plan-" + (p + 1).ToString(CultureInfo.InvariantCulture);

    private void Overview()
    {
        Heading("overview", T(nameof(Messages.ReportOverview)));
        Note(T(nameof(Messages.ReportOverviewNote)));
        _html.Append("<p class=\"note\">")
            .Append("<span class=\"key declared\"></span>").AppendEscaped(T(nameof(Messages.ReportKeyDeclared)))
            .Append("<span class=\"key suggested\"></span>").AppendEscaped(T(nameof(Messages.ReportKeySuggested)))
            .Append("<span class=\"key lost\"></span>").AppendEscaped(T(nameof(Messages.ReportKeyLost)))
            .Append("<span class=\"key none\"></span>").AppendEscaped(T(nameof(Messages.ReportKeyNone))).Append("</p>\n");
        _html.Append("<table class=\"overview\"><thead><tr>");
        foreach (var h in (string[])[T(nameof(Messages.ReportColumnMunicipality)), T(nameof(Messages.ReportColumnPlan)), T(nameof(Messages.ReportColumnLevel)), T(nameof(Messages.ReportColumnElements)), T(nameof(Messages.ReportColumnDeclared)), T(nameof(Messages.ReportColumnSuggested)), T(nameof(Messages.ReportColumnLost)), T(nameof(Messages.ReportColumnNone)), T(nameof(Messages.ReportColumnShare))])
        {
            _html.Append("<th>").AppendEscaped(h).Append("</th>");
        }

        _html.Append("</tr></thead>\n<tbody>\n");
        foreach (var plan in _plans)
        {
            var levels = LevelStatus(plan);
            for (var l = 0; l < levels.Count; l++)
            {
                var (level, counts) = levels[l];
                _html.Append("<tr data-plan=\"").AppendEscaped(plan.Id).Append("\" data-level=\"").AppendEscaped(level).Append("\">");
                if (l == 0)
                {
                    var span = Num(levels.Count);
                    _html.Append("<td rowspan=\"").Append(span).Append("\">").AppendEscaped(_names[plan.Id]).Append("</td><td rowspan=\"").Append(span).Append("\">").AppendEscaped(plan.Title);
                    if (plan.Period is { FromFiscalYear: { } from, ToFiscalYear: { } to })
                    {
                        _html.Append("<br><span class=\"field\">").Append(Markup.Number(from)).Append('–').Append(Markup.Number(to)).Append("</span>");
                    }

                    _html.Append("</td>");
                }

                var total = counts.Sum();
                _html.Append("<td>").AppendEscaped(level).Append("</td>");
                foreach (var n in (int[])[total, .. counts])
                {
                    _html.Append("<td class=\"n\">").Append(Num(n)).Append("</td>");
                }

                _html.Append("<td><span class=\"bar\">");
                string[] kinds = ["declared", "suggested", "lost"];
                for (var k = 0; k < kinds.Length; k++)
                {
                    if (counts[k] > 0)
                    {
                        _html.Append("<span class=\"").Append(kinds[k]).Append("\" style=\"width:").Append(Markup.Number(100.0 * counts[k] / total)).Append("%\"></span>");
                    }
                }

                _html.Append("</span></td></tr>\n");
            }
        }

        _html.Append("</tbody></table>\n");
    }

    /// <summary>Per level, top first (then levels the plan does not define): elements declaring links, with suggestions only, with lost marks, with none.</summary>
    private static List<(string Level, int[] Counts)> LevelStatus(Plan plan)
    {
        var byLevel = plan.Levels.Select(l => (l.Name, Counts: new int[4])).ToList();
        var other = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var element in plan.Elements)
        {
            var depth = plan.DepthOf(element.Level);
            var counts = depth > 0 ? byLevel[depth - 1].Counts : other.TryGetValue(element.Level, out var c) ? c : other[element.Level] = new int[4];
            counts[element.Sdg.Count > 0 ? 0 : element.Suggested is { Sdg.Count: > 0 } ? 1 : element.SdgStatus == SdgMarks.Lost ? 2 : 3]++;
        }

        return [.. byLevel, .. other.Select(o => (o.Key, o.Value))];
    }

    private void PlansByGoals()
    {
        Heading("plans-goals", T(nameof(Messages.ReportPlansGoals)));
        Note(T(nameof(Messages.ReportPlansGoalsNote)));
        var matrix = _graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals, _scope);
        Svg(CoverageChart.Heatmap(matrix, Heatmap(T(nameof(Messages.ReportPlansGoalsCaption)), row => _names[row.Plan])));
    }

    private void Targets()
    {
        Heading("targets", T(nameof(Messages.ReportTargets)));
        var grid = CoverageGrid.Count(_graph, QueryScope.All, withSuggested: _hasSuggestions);
        var goals = _catalog.Goals.Count;
        var targets = _catalog.Targets.Count;
        var declared = new int[targets];
        var suggested = new int[targets];
        for (var p = 0; p < grid.Plans.Count; p++)
        {
            for (var t = 0; t < targets; t++)
            {
                var d = grid.Declared[(p * grid.Width) + goals + t];
                var s = grid.Suggested?[(p * grid.Width) + goals + t] ?? 0;
                if (d > 0 || (_options.IncludeSuggested && s > 0))
                {
                    declared[t]++;
                }
                else if (s > 0)
                {
                    suggested[t]++;
                }
            }
        }

        Note(T(nameof(Messages.ReportTargetsNote)));
        var unit = T(nameof(Messages.ReportUnitPlans));
        Svg(TargetChart.Svg(_catalog, declared, suggested, countSuggested: false, _language, T(nameof(Messages.ReportAllPlansTargets)), unit, CoverageQueries.AllPlans, targetTitles: true));
    }

    private void PlanTargets(Plan plan, int p, CoverageGrid grid)
    {
        var goals = _catalog.Goals.Count;
        var targets = _catalog.Targets.Count;
        var declared = grid.Declared.AsSpan((p * grid.Width) + goals, targets).ToArray();
        var suggested = grid.Suggested is null ? new int[targets] : grid.Suggested.AsSpan((p * grid.Width) + goals, targets).ToArray();
        Svg(TargetChart.Svg(_catalog, declared, suggested, _options.IncludeSuggested, _language, $"{_names[plan.Id]}: " + T(nameof(Messages.ReportGoalsTargets)), T(nameof(Messages.ReportUnitElements)), plan.Id, targetTitles: false));
    }

    private void Themes()
    {
        Heading("themes", T(nameof(Messages.ReportThemes)));
        var care = BuiltInTaxonomies.All.First(t => t.Id == "care");
        var perPlan = _graph.CoverageMatrix(MatrixAxis.Taxonomy("care"), MatrixAxis.Goals, _scope);
        var summed = SumByKey(perPlan, care.Terms.Select(t => ($"care:{t.Id}", $"{t.PrintedMark}{t.Label}")).ToList());
        Note(T(nameof(Messages.ReportThemesNote)));
        if (perPlan.Cells.Count == 0)
        {
            Note(T(nameof(Messages.ReportThemesNone)));
        }

        Svg(CoverageChart.Heatmap(summed, Heatmap(T(nameof(Messages.ReportCareGoals)), null)));

        foreach (var plan in _detailed)
        {
            foreach (var taxonomy in plan.Taxonomies)
            {
                var matrix = _graph.CoverageMatrix(MatrixAxis.Taxonomy(taxonomy.Id), MatrixAxis.Goals, _scope with { Plans = [plan.Id] });
                Svg(CoverageChart.Heatmap(matrix, Heatmap($"{_names[plan.Id]}: {taxonomy.Name} × " + T(nameof(Messages.ReportGoals)), null)));
            }
        }

        LeftOut(T(nameof(Messages.ReportPlanThemes)));
    }

    /// <summary>Rows of several plans with the same key added up into one row per key, in the given order.</summary>
    private static CoverageMatrix SumByKey(CoverageMatrix matrix, List<(string Key, string Label)> keys)
    {
        var rows = keys.Select(k => new MatrixRow { Plan = CoverageQueries.AllPlans, Key = k.Key, Label = k.Label }).ToList();
        var position = keys.Select((k, i) => (k.Key, i)).ToDictionary(k => k.Key, k => k.i, StringComparer.Ordinal);
        var cells = new SortedDictionary<(int Row, int Column), List<ElementRef>>();
        foreach (var cell in matrix.Cells)
        {
            if (position.TryGetValue(cell.RowKey, out var r))
            {
                var list = cells.TryGetValue((r, cell.Column), out var l) ? l : cells[(r, cell.Column)] = [];
                list.AddRange(cell.Elements);
            }
        }

        return new CoverageMatrix
        {
            Rows = rows,
            Columns = matrix.Columns,
            Cells = [.. cells.Select(c => new MatrixCell { Row = c.Key.Row, Column = c.Key.Column, Plan = CoverageQueries.AllPlans, RowKey = rows[c.Key.Row].Key, ColumnKey = matrix.Columns[c.Key.Column].Key, Count = c.Value.Count, Elements = c.Value })],
        };
    }

    private void Gaps()
    {
        Heading("gaps", T(nameof(Messages.ReportGaps)));
        Note(T(nameof(Messages.ReportGapsNote)));
        _html.Append("<table class=\"gaps\"><thead><tr>");
        foreach (var h in (string[])[T(nameof(Messages.ReportColumnMunicipality)), T(nameof(Messages.ReportColumnUncoveredGoals)), T(nameof(Messages.ReportColumnSuggestedOnlyGoals)), T(nameof(Messages.ReportColumnUncoveredTargets)), T(nameof(Messages.ReportColumnNoLinkDeclared)), T(nameof(Messages.ReportColumnMarksLost)), T(nameof(Messages.ReportColumnNoLinkAnywhere))])
        {
            _html.Append("<th>").AppendEscaped(h).Append("</th>");
        }

        _html.Append("</tr></thead>\n<tbody>\n");
        var uncovered = _graph.Gaps(new GapOptions { Kinds = [GapKind.UncoveredGoal, GapKind.UncoveredTarget, GapKind.SuggestedOnlyGoal] }, new QueryScope { IncludeSuggested = true })
            .GroupBy(g => g.Plan, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var plan in _plans)
        {
            var mine = uncovered.TryGetValue(plan.Id, out var g) ? g : [];
            string Goals(GapKind kind) => string.Join(' ', mine.Where(x => x.Kind == kind).Select(x => x.Subject));
            var (none, lost, nowhere) = UnlinkedCounts(plan);
            _html.Append("<tr data-plan=\"").AppendEscaped(plan.Id).Append("\"><td>").AppendEscaped(_names[plan.Id]).Append("</td><td>").AppendEscaped(Goals(GapKind.UncoveredGoal))
                .Append("</td><td>").AppendEscaped(Goals(GapKind.SuggestedOnlyGoal)).Append("</td><td class=\"n\">").Append(Num(mine.Count(x => x.Kind == GapKind.UncoveredTarget))).Append(" / ").Append(Num(_catalog.Targets.Count))
                .Append("</td><td class=\"n\">").Append(Num(none)).Append("</td><td class=\"n\">").Append(Num(lost))
                .Append("</td><td>").AppendEscaped(nowhere ? T(nameof(Messages.ReportYes)) : string.Empty).Append("</td></tr>\n");
        }

        _html.Append("</tbody></table>\n");
    }

    /// <summary>
    /// How many elements have no SDG link, by cause, at the levels the gap query checks by default
    /// (those where the plan declares a link or lost its marks), and whether the plan declares or
    /// marks none at all: the counts of <see cref="GapKind.NoSdgLink"/>, <see cref="GapKind.SdgMarksLost"/>
    /// and <see cref="GapKind.PlanWithoutSdgLinks"/> without composing a message per element.
    /// </summary>
    internal static (int None, int Lost, bool Nowhere) UnlinkedCounts(Plan plan)
    {
        var depths = new int[plan.Elements.Count];
        var checkedDepths = new HashSet<int>();
        for (var i = 0; i < depths.Length; i++)
        {
            var element = plan.Elements[i];
            depths[i] = plan.DepthOf(element.Level);
            if (element.Sdg.Count > 0 || element.SdgStatus == SdgMarks.Lost)
            {
                checkedDepths.Add(depths[i]);
            }
        }

        var (none, lost) = (0, 0);
        for (var i = 0; i < depths.Length; i++)
        {
            var element = plan.Elements[i];
            if (depths[i] > 0 && checkedDepths.Contains(depths[i]) && element.Sdg.Count == 0)
            {
                _ = element.SdgStatus == SdgMarks.Lost ? lost++ : none++;
            }
        }

        return (none, lost, checkedDepths.Count == 0);
    }

    private void Reuse()
    {
        Heading("reuse", T(nameof(Messages.ReportReuse)));
        var level = _plans.Count > _options.MaxPlanSections ? _options.Level : null;
        Note(T(nameof(Messages.ReportReuseNote))
            + (level is null ? string.Empty : T(nameof(Messages.ReportReuseLevelOnly), level)));
        var groups = _graph.Reuse(new ReuseOptions { Explicit = false, SharedTargets = false, Textual = true, Level = level })
            .Where(g => g.Elements.Select(e => e.PlanId).Distinct(StringComparer.Ordinal).Skip(1).Any())
            .ToList();
        if (groups.Count == 0)
        {
            Note(T(nameof(Messages.ReportNoneFound)));
            return;
        }

        _html.Append("<table class=\"reuse\"><thead><tr><th>#</th><th>").AppendEscaped(T(nameof(Messages.ReportColumnKind))).Append("</th><th>").AppendEscaped(T(nameof(Messages.ReportColumnSimilarity)))
            .Append("</th><th>").AppendEscaped(T(nameof(Messages.ReportColumnMembers))).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var (group, n) in groups.Take(_options.MaxListRows).Select((g, i) => (g, i + 1)))
        {
            _html.Append("<tr data-kind=\"").Append(KebabNames.Of(group.Kind)).Append("\"><td class=\"n\">").Append(Num(n)).Append("</td><td>")
                .AppendEscaped(group.Kind == ReuseKind.IdenticalText ? T(nameof(Messages.ReportIdentical)) : T(nameof(Messages.ReportSimilar))).Append("</td><td class=\"n\">")
                .Append(group.Score.ToString("0.00", CultureInfo.InvariantCulture)).Append("</td><td>");
            foreach (var (member, i) in group.Elements.Select((m, i) => (m, i)))
            {
                _html.Append(i > 0 ? "<br>" : string.Empty).AppendEscaped(_names.TryGetValue(member.PlanId, out var name) ? name : member.PlanId).Append(' ').AppendEscaped(member.Code).Append(" 「").AppendEscaped(member.Title).Append('」');
            }

            _html.Append("</td></tr>\n");
        }

        _html.Append("</tbody></table>\n");
        More(groups.Count);
    }

    private void Suggestions()
    {
        Heading("suggestions", T(nameof(Messages.ReportSuggestions)));
        Note(T(nameof(Messages.ReportSuggestionsNote)));
        var pending = _plans.SelectMany(p => p.Elements.Where(e => e.Suggested is { Sdg.Count: > 0 }).Select(e => (Plan: p, Element: e))).ToList();
        _html.Append("<table class=\"suggestions\"><thead><tr><th>").AppendEscaped(T(nameof(Messages.ReportColumnMunicipality))).Append("</th><th>").AppendEscaped(T(nameof(Messages.ReportColumnElement)))
            .Append("</th><th>").AppendEscaped(T(nameof(Messages.ReportColumnSuggestion))).Append("</th><th>").AppendEscaped(T(nameof(Messages.ReportColumnEvidence))).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var (plan, element) in pending.Take(_options.MaxListRows))
        {
            var links = element.Suggested!.Sdg;
            _html.Append("<tr data-plan=\"").AppendEscaped(plan.Id).Append("\" data-element=\"").AppendEscaped(element.Id).Append("\"><td>").AppendEscaped(_names[plan.Id])
                .Append("</td><td>").AppendEscaped(element.NormalizedCode ?? element.Id).Append(' ').AppendEscaped(element.DisplayTitle).Append("</td><td>");
            foreach (var (link, i) in links.Select((l, i) => (l, i)))
            {
                _html.Append(i > 0 ? "<br>" : string.Empty).Append(link.Id.ToString()).Append(' ').AppendEscaped(CoverageChart.GoalName(_catalog.Goal(link.Id), _language));
                var how = string.Join(", ", new[] { link.Method, link.Confidence?.ToString("0.00", CultureInfo.InvariantCulture) }.Where(s => s is not null));
                if (how.Length > 0)
                {
                    _html.Append(" <span class=\"field\">(").AppendEscaped(how).Append(")</span>");
                }
            }

            _html.Append("</td><td>");
            Evidence(plan, element, links.SelectMany(l => l.Evidence));
            _html.Append("</td></tr>\n");
        }

        _html.Append("</tbody></table>\n");
        More(pending.Count);
    }

    /// <summary>Each text the evidence points into, once, with every passage of it marked.</summary>
    private void Evidence(Plan plan, PlanElement element, IEnumerable<SuggestionEvidence> evidence)
    {
        var byText = evidence.GroupBy(e => (e.Element, e.Field)).OrderBy(g => g.Key.Element is null ? 0 : 1).ThenBy(g => g.Key.Element, StringComparer.Ordinal).ThenBy(g => g.Key.Field, StringComparer.Ordinal);
        foreach (var group in byText)
        {
            var owner = group.Key.Element is null ? element : plan.Elements.FirstOrDefault(e => e.Id == group.Key.Element);
            var text = owner is null ? null : FieldText(owner, group.Key.Field);
            _html.Append("<div class=\"evidence\"><span class=\"field\">");
            if (owner is not null && owner != element)
            {
                _html.AppendEscaped(owner.NormalizedCode ?? owner.Id).Append(' ');
            }

            _html.AppendEscaped(group.Key.Field).Append("</span>");
            var spans = group.Where(e => text is not null && e.Start >= 0 && e.Length > 0 && e.Start <= text.Length - e.Length && string.CompareOrdinal(text, e.Start, e.Text, 0, e.Length) == 0)
                .Select(e => (e.Start, End: e.Start + e.Length)).Order().ToList();
            if (text is null || spans.Count == 0)
            {
                // The text changed since the suggestion was made: show the passages themselves.
                _html.Append(string.Join("; ", group.Select(e => Markup.Escape(e.Text)).Distinct(StringComparer.Ordinal).Select(e => $"<mark>{e}</mark>")));
            }
            else
            {
                Marked(text, spans);
            }

            _html.Append("</div>");
        }
    }

    /// <summary>The text with the spans marked; a long text shows only the neighbourhood of each span.</summary>
    private void Marked(string text, List<(int Start, int End)> spans)
    {
        const int Context = 60;
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        var whole = text.Length <= 400;
        var at = 0;
        foreach (var (start, end) in merged)
        {
            var from = whole ? at : Math.Max(at, start - Context);
            if (from > at)
            {
                _html.Append('…');
            }

            _html.AppendEscaped(text.AsSpan(from, start - from)).Append("<mark>").AppendEscaped(text.AsSpan(start, end - start)).Append("</mark>");
            at = end;
        }

        var to = whole ? text.Length : Math.Min(text.Length, at + Context);
        _html.AppendEscaped(text.AsSpan(at, to - at));
        if (to < text.Length)
        {
            _html.Append('…');
        }
    }

    /// <summary>The text an evidence field names: <c>title</c>, <c>targetState</c>, <c>description</c>, <c>sections[i]</c>, <c>kpis[i]</c>.</summary>
    private static string? FieldText(PlanElement element, string field)
    {
        static int? Index(string field, string prefix) =>
            field.StartsWith(prefix, StringComparison.Ordinal) && field.EndsWith(']') && int.TryParse(field.AsSpan(prefix.Length, field.Length - prefix.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;
        return field switch
        {
            "title" => element.Title,
            "targetState" => element.TargetState?.Text,
            "description" => element.Description,
            _ when Index(field, "sections[") is { } i => i < element.Sections.Count ? element.Sections[i].Text : null,
            _ when Index(field, "kpis[") is { } i => i < element.Kpis.Count ? element.Kpis[i].Name : null,
            _ => null,
        };
    }

    private void PlanSections()
    {
        var grid = CoverageGrid.Count(_graph, QueryScope.All, withSuggested: true);
        var position = grid.Plans.Select((index, p) => (index.Plan.Id, p)).ToDictionary(x => x.Id, x => x.p, StringComparer.Ordinal);
        for (var p = 0; p < _detailed.Count; p++)
        {
            var plan = _detailed[p];
            _html.Append("<section class=\"plan\" id=\"").Append(PlanAnchor(p)).Append("\" data-plan=\"").AppendEscaped(plan.Id).Append("\">\n<h2>")
                .AppendEscaped(_names[plan.Id]).Append(" — ").AppendEscaped(plan.Title).Append("</h2>\n");
            var depth = int.TryParse(_options.Level, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : plan.DepthOf(_options.Level);
            if (depth < 1 || depth > plan.Levels.Count)
            {
                Note(T(nameof(Messages.ReportNoSuchLevel), _options.Level));
            }
            else
            {
                var level = plan.Levels[depth - 1].Name;
                var matrix = _graph.CoverageMatrix(MatrixAxis.Level(_options.Level), MatrixAxis.Goals, _scope with { Plans = [plan.Id] });
                Note(T(nameof(Messages.ReportLevelNote), level));
                Svg(CoverageChart.Heatmap(matrix, Heatmap($"{_names[plan.Id]}: {level} × " + T(nameof(Messages.ReportGoals)), row => $"{row.Key} {row.Label}")));
            }

            PlanTargets(plan, position[plan.Id], grid);
            Unlinked(plan);
            _html.Append("</section>\n");
        }

        LeftOut(T(nameof(Messages.ReportPlanSections)));
    }

    private void Unlinked(Plan plan)
    {
        var all = _graph.Gaps(new GapOptions { Kinds = [GapKind.PlanWithoutSdgLinks, GapKind.NoSdgLink, GapKind.SdgMarksLost] }, new QueryScope { Plans = [plan.Id] });
        var gaps = all.Where(x => x.Kind is GapKind.NoSdgLink or GapKind.SdgMarksLost).ToList();
        _html.Append("<h3>").AppendEscaped(T(nameof(Messages.ReportUnlinked))).Append("</h3>\n");
        if (gaps.Count == 0)
        {
            var nowhere = all.Any(x => x.Kind == GapKind.PlanWithoutSdgLinks);
            Note(nowhere
                ? T(nameof(Messages.ReportPlanWithoutLinks))
                : T(nameof(Messages.ReportNone)));
            return;
        }

        var byCode = new Dictionary<string, PlanElement>(StringComparer.Ordinal);
        foreach (var element in plan.Elements)
        {
            byCode.TryAdd(element.Id, element);
            if (element.NormalizedCode is { } code)
            {
                byCode[code] = element;
            }
        }

        _html.Append("<table class=\"unlinked\"><thead><tr><th>").AppendEscaped(T(nameof(Messages.ReportColumnCode))).Append("</th><th>").AppendEscaped(T(nameof(Messages.ReportColumnLevel))).Append("</th><th>")
            .AppendEscaped(T(nameof(Messages.ReportColumnTitle))).Append("</th><th>").AppendEscaped(T(nameof(Messages.ReportColumnCause))).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var gap in gaps.Take(_options.MaxListRows))
        {
            var element = byCode.GetValueOrDefault(gap.Subject);
            _html.Append("<tr data-kind=\"").Append(KebabNames.Of(gap.Kind)).Append("\"><td>").AppendEscaped(gap.Subject).Append("</td><td>").AppendEscaped(element?.Level ?? string.Empty)
                .Append("</td><td>").AppendEscaped(element?.DisplayTitle ?? gap.Message).Append("</td><td>")
                .AppendEscaped(gap.Kind == GapKind.SdgMarksLost ? T(nameof(Messages.ReportCauseLost)) : T(nameof(Messages.ReportCauseNone))).Append("</td></tr>\n");
        }

        _html.Append("</tbody></table>\n");
        More(gaps.Count);
    }

    private HeatmapOptions Heatmap(string title, Func<MatrixRow, string>? rowLabel) =>
        new() { Language = _language, Title = title, RowLabel = rowLabel, Standalone = false, MaxLabelLength = 32 };

    /// <summary>Closes the section open, if any, and opens another with its heading.</summary>
    private void Heading(string id, string text)
    {
        EndSection();
        _html.Append("<section id=\"").Append(id).Append("\">\n<h2>").AppendEscaped(text).Append("</h2>\n");
        _inSection = true;
    }

    private void EndSection()
    {
        if (_inSection)
        {
            _html.Append("</section>\n");
            _inSection = false;
        }
    }

    private void Note(string text) => _html.Append("<p class=\"note\">").AppendEscaped(text).Append("</p>\n");

    private void Svg(string svg) => _html.Append(svg);

    private void More(int total)
    {
        if (total > _options.MaxListRows)
        {
            Note(T(nameof(Messages.ReportMore), Num(total - _options.MaxListRows), Num(_options.MaxListRows), Num(total)));
        }
    }

    private void LeftOut(string what)
    {
        if (_plans.Count > _detailed.Count)
        {
            Note(T(nameof(Messages.ReportLeftOut), what, Num(_detailed.Count), Num(_plans.Count)));
        }
    }

    private static string Num(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
