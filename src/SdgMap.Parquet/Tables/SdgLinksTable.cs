using System.Numerics;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Queries;

namespace SdgMap.Parquet.Tables;

/// <summary>
/// <c>sdg_links</c>: one row per element, goal or target and provenance. Only ids in the catalogue
/// are written (the graph ignores others, and validation reports them). Within an element: declared,
/// inherited, rolled-up (each in UN order), then suggested (in file order).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>declared</c>: the element's own file declares it.</item>
/// <item><c>inherited</c>: an ancestor declares it and the element does not; <c>via</c> names the
/// nearest such ancestor (the graph's <see cref="Model.LinkProvenance.Inherited"/>).</item>
/// <item><c>rolled-up</c>: a descendant declares it and the element does not: with <c>declared</c>,
/// what a level's coverage counts (<see cref="QueryScope.Level"/>).</item>
/// <item><c>suggested</c>: a tool proposed it, whether or not it is also declared; <c>score</c> is
/// the proposer's confidence, <c>method</c> how it found it.</item>
/// </list>
/// </remarks>
internal sealed class SdgLinksTable : ExportTable, IPlanRows
{
    private readonly StringColumn _plan = new("plan", nullable: false, dictionary: true);
    private readonly StringColumn _element = new("element", nullable: false, dictionary: true);
    private readonly StringColumn _sdg = new("sdg", nullable: false, dictionary: true);
    private readonly RequiredColumn<int> _goal = new("goal");
    private readonly StringColumn _target = new("target", nullable: true, dictionary: true);
    private readonly StringColumn _provenance = new("provenance", nullable: false, dictionary: true);
    private readonly StringColumn _via = new("via", nullable: true, dictionary: true);
    private readonly NullableColumn<double> _score = new("score");
    private readonly StringColumn _method = new("method", nullable: true, dictionary: true);
    private readonly StringColumn _by = new("suggested_by", nullable: true, dictionary: true);
    private readonly SdgCatalog _catalog;
    private readonly string[] _keys;
    private readonly int[] _goals;

    public SdgLinksTable(SdgCatalog catalog)
        : base("sdg_links")
    {
        _catalog = catalog;
        _keys = new string[catalog.DenseCount];
        _goals = new int[catalog.DenseCount];
        for (var d = 0; d < _keys.Length; d++)
        {
            _keys[d] = catalog.AtDense(d).ToString();
            _goals[d] = catalog.AtDense(d).Goal;
        }
    }

    public override IReadOnlyList<Column> Columns => [_plan, _element, _sdg, _goal, _target, _provenance, _via, _score, _method, _by];

    public void Add(PlanGraph graph, PlanIndex index)
    {
        var elements = index.Plan.Elements;
        var inherited = InheritedLinks.Compute(index, _keys.Length);
        var subtree = SubtreeLinks.Compute(index, _keys.Length, includeSuggested: false);
        for (var i = 0; i < elements.Count; i++)
        {
            var id = elements[i].Id;
            var own = index.Declared[i];
            foreach (var d in own)
            {
                Row(index.Plan.Id, id, d, "declared", via: null);
            }

            foreach (var (d, from) in inherited.Of(i))
            {
                Row(index.Plan.Id, id, d, "inherited", elements[from].Id);
            }

            // Declared here or below, ascending (as SubtreeLinks.Declared lists them), read from the words
            // without an iterator or a boxed Contains per element: the table has 5 million rows.
            var below = subtree.DeclaredWords(i);
            for (var w = 0; w < below.Length; w++)
            {
                for (var bits = below[w]; bits != 0; bits &= bits - 1)
                {
                    var d = (w << 6) + BitOperations.TrailingZeroCount(bits);
                    if (!own.AsSpan().Contains(d))
                    {
                        Row(index.Plan.Id, id, d, "rolled-up", via: null);
                    }
                }
            }

            if (elements[i].Suggested is { Sdg.Count: > 0 } suggested)
            {
                var seen = new HashSet<SdgId>();
                foreach (var link in suggested.Sdg)
                {
                    if (_catalog.Contains(link.Id) && seen.Add(link.Id))
                    {
                        Row(index.Plan.Id, id, _catalog.DenseIndex(link.Id), "suggested", via: null, link.Confidence, link.Method, link.By);
                    }
                }
            }
        }
    }

    private void Row(string plan, string element, int dense, string provenance, string? via, double? score = null, string? method = null, string? by = null)
    {
        _plan.Add(plan);
        _element.Add(element);
        _sdg.Add(_keys[dense]);
        _goal.Add(_goals[dense]);
        _target.Add(dense >= _catalog.Goals.Count ? _keys[dense] : null);
        _provenance.Add(provenance);
        _via.Add(via);
        _score.Add(score);
        _method.Add(method);
        _by.Add(by);
    }
}
