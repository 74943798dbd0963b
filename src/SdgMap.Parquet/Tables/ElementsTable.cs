using SdgMap.Graph;

namespace SdgMap.Parquet.Tables;

/// <summary><c>elements</c>: one row per element, in plan order.</summary>
internal sealed class ElementsTable() : ExportTable("elements"), IPlanRows
{
    private readonly StringColumn _plan = new("plan", nullable: false, dictionary: true);
    private readonly StringColumn _id = new("id", nullable: false);
    private readonly RequiredColumn<int> _ordinal = new("ordinal");
    private readonly StringColumn _key = new("key", nullable: false);
    private readonly StringColumn _code = new("code", nullable: true);
    private readonly StringColumn _level = new("level", nullable: false, dictionary: true);
    private readonly NullableColumn<int> _depth = new("depth");
    private readonly StringColumn _parent = new("parent", nullable: true);
    private readonly StringColumn _title = new("title", nullable: true);
    private readonly StringColumn _description = new("description", nullable: true);
    private readonly RequiredColumn<bool> _priority = new("priority");

    public override IReadOnlyList<Column> Columns => [_plan, _id, _ordinal, _key, _code, _level, _depth, _parent, _title, _description, _priority];

    public void Add(PlanGraph graph, PlanIndex index)
    {
        var elements = index.Plan.Elements;
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            _plan.Add(index.Plan.Id);
            _id.Add(element.Id);
            _ordinal.Add(i);
            _key.Add(index.Codes[i]);
            _code.Add(element.Code);
            _level.Add(element.Level);
            _depth.Add(index.Depths[i] > 0 ? index.Depths[i] : null);
            _parent.Add(index.Parents[i] < 0 ? null : elements[index.Parents[i]].Id);
            _title.Add(element.Title);
            _description.Add(element.Description);
            _priority.Add(element.Priority);
        }
    }
}
