using SdgMap.Graph;

namespace SdgMap.Parquet.Tables;

/// <summary><c>plans</c>: one row per plan.</summary>
internal sealed class PlansTable() : ExportTable("plans"), IPlanRows
{
    private readonly StringColumn _plan = new("plan", nullable: false);
    private readonly StringColumn _title = new("title", nullable: false);
    private readonly StringColumn _municipality = new("municipality", nullable: false);
    private readonly StringColumn _municipalityEn = new("municipality_en", nullable: true);
    private readonly StringColumn _municipalityCode = new("municipality_code", nullable: true);
    private readonly NullableColumn<int> _fromYear = new("from_fiscal_year");
    private readonly NullableColumn<int> _toYear = new("to_fiscal_year");
    private readonly StringColumn _levels = new("levels", nullable: false, dictionary: true);
    private readonly RequiredColumn<int> _elements = new("elements");

    public override IReadOnlyList<Column> Columns => [_plan, _title, _municipality, _municipalityEn, _municipalityCode, _fromYear, _toYear, _levels, _elements];

    public void Add(PlanGraph graph, PlanIndex index)
    {
        var plan = index.Plan;
        _plan.Add(plan.Id);
        _title.Add(plan.Title);
        _municipality.Add(plan.Municipality.Name);
        _municipalityEn.Add(plan.Municipality.NameEn);
        _municipalityCode.Add(plan.Municipality.Code);
        _fromYear.Add(plan.Period?.FromFiscalYear);
        _toYear.Add(plan.Period?.ToFiscalYear);
        _levels.Add(string.Join(" > ", plan.Levels.Select(l => l.Name)));
        _elements.Add(index.Count);
    }
}
