using SdgMap.Graph;

namespace SdgMap.Parquet.Tables;

/// <summary><c>kpis</c>: one row per KPI of an element, in plan order.</summary>
internal sealed class KpisTable() : ExportTable("kpis"), IPlanRows
{
    private readonly StringColumn _plan = new("plan", nullable: false, dictionary: true);
    private readonly StringColumn _element = new("element", nullable: false);
    private readonly StringColumn _id = new("id", nullable: false);
    private readonly StringColumn _name = new("name", nullable: false);
    private readonly StringColumn _unit = new("unit", nullable: true, dictionary: true);
    private readonly StringColumn _baseline = new("baseline_value", nullable: true);
    private readonly NullableColumn<int> _baselineYear = new("baseline_fiscal_year");
    private readonly StringColumn _target = new("target_value", nullable: true);
    private readonly NullableColumn<int> _targetYear = new("target_fiscal_year");
    private readonly RequiredColumn<bool> _isRepost = new("is_repost");
    private readonly StringColumn _repostOf = new("repost_of", nullable: true);

    public override IReadOnlyList<Column> Columns => [_plan, _element, _id, _name, _unit, _baseline, _baselineYear, _target, _targetYear, _isRepost, _repostOf];

    public void Add(PlanGraph graph, PlanIndex index)
    {
        foreach (var element in index.Plan.Elements)
        {
            foreach (var kpi in element.Kpis)
            {
                _plan.Add(index.Plan.Id);
                _element.Add(element.Id);
                _id.Add(kpi.Id);
                _name.Add(kpi.Name);
                _unit.Add(kpi.Unit);
                _baseline.Add(kpi.Baseline?.Value);
                _baselineYear.Add(kpi.Baseline?.FiscalYear);
                _target.Add(kpi.Target?.Value);
                _targetYear.Add(kpi.Target?.FiscalYear);
                _isRepost.Add(kpi.IsRepost);
                _repostOf.Add(kpi.RepostOf);
            }
        }
    }
}
