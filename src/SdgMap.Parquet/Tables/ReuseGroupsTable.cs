using SdgMap.Queries;
using SdgMap.Text;

namespace SdgMap.Parquet.Tables;

/// <summary><c>reuse_groups</c>: one row per member of a reuse group, groups in the order the reuse query lists them.</summary>
/// <remarks>
/// Every string is dictionary-encoded: a group's kind and matched text repeat on each of its members,
/// identical titles and keys (1-2-3) repeat across plans; the national corpus' file is 27 MB
/// instead of 33 MB. (The writer keeps a row group's column plain when its values hardly repeat.)
/// </remarks>
internal sealed class ReuseGroupsTable() : ExportTable("reuse_groups")
{
    private readonly RequiredColumn<int> _group = new("group_id");
    private readonly StringColumn _kind = new("kind", nullable: false, dictionary: true);
    private readonly RequiredColumn<double> _score = new("score");
    private readonly StringColumn _matched = new("matched", nullable: false, dictionary: true);
    private readonly RequiredColumn<int> _member = new("member");
    private readonly StringColumn _plan = new("plan", nullable: false, dictionary: true);
    private readonly StringColumn _key = new("key", nullable: false, dictionary: true);
    private readonly StringColumn _title = new("title", nullable: false, dictionary: true);

    public override IReadOnlyList<Column> Columns => [_group, _kind, _score, _matched, _member, _plan, _key, _title];

    public void Add(ReuseGroup group)
    {
        var kind = KebabNames.Of(group.Kind);
        for (var m = 0; m < group.Elements.Count; m++)
        {
            var member = group.Elements[m];
            _group.Add(group.Group);
            _kind.Add(kind);
            _score.Add(group.Score);
            _matched.Add(group.Matched);
            _member.Add(m + 1);
            _plan.Add(member.PlanId);
            _key.Add(member.Code);
            _title.Add(member.Title);
        }
    }
}
