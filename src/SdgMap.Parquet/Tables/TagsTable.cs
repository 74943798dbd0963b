using SdgMap.Graph;
using SdgMap.Model;

namespace SdgMap.Parquet.Tables;

/// <summary>
/// <c>tags</c>: one row per taxonomy term an element carries: its tags and its memberships in the
/// plan's own themes (both <c>declared</c>), then the terms a tool suggested (<c>suggested</c>).
/// </summary>
internal sealed class TagsTable() : ExportTable("tags"), IPlanRows
{
    private readonly StringColumn _plan = new("plan", nullable: false, dictionary: true);
    private readonly StringColumn _element = new("element", nullable: false);
    private readonly StringColumn _taxonomy = new("taxonomy", nullable: false, dictionary: true);
    private readonly StringColumn _term = new("term", nullable: false, dictionary: true);
    private readonly StringColumn _label = new("label", nullable: true, dictionary: true);
    private readonly StringColumn _provenance = new("provenance", nullable: false, dictionary: true);
    private readonly NullableColumn<double> _score = new("score");
    private readonly StringColumn _method = new("method", nullable: true, dictionary: true);

    public override IReadOnlyList<Column> Columns => [_plan, _element, _taxonomy, _term, _label, _provenance, _score, _method];

    public void Add(PlanGraph graph, PlanIndex index)
    {
        var plan = index.Plan;
        var members = Members(plan);
        if (members.Count == 0 && !plan.Elements.Any(e => e.Tags.Count > 0 || e.Suggested is { Tags.Count: > 0 }))
        {
            return;
        }

        var labels = new Labels(index);
        var seen = new HashSet<Tag>();
        foreach (var element in plan.Elements)
        {
            seen.Clear();
            var declared = members.TryGetValue(element.Id, out var m) ? element.Tags.Concat(m) : element.Tags;
            foreach (var tag in declared)
            {
                if (seen.Add(tag))
                {
                    Row(index.Plan.Id, element.Id, tag, labels.Of(tag), "declared", null, null);
                }
            }

            seen.Clear();
            foreach (var suggested in element.Suggested?.Tags ?? [])
            {
                if (seen.Add(suggested.Tag))
                {
                    Row(index.Plan.Id, element.Id, suggested.Tag, labels.Of(suggested.Tag), "suggested", suggested.Confidence, suggested.Method);
                }
            }
        }
    }

    private void Row(string plan, string element, Tag tag, string? label, string provenance, double? score, string? method)
    {
        _plan.Add(plan);
        _element.Add(element);
        _taxonomy.Add(tag.Taxonomy);
        _term.Add(tag.Term);
        _label.Add(label);
        _provenance.Add(provenance);
        _score.Add(score);
        _method.Add(method);
    }

    // The plan's themes list their members by element id; as tags of those elements they read like any other tag.
    private static Dictionary<string, List<Tag>> Members(Plan plan)
    {
        var members = new Dictionary<string, List<Tag>>(StringComparer.Ordinal);
        foreach (var taxonomy in plan.Taxonomies)
        {
            foreach (var term in taxonomy.Terms)
            {
                foreach (var member in term.Members)
                {
                    (members.TryGetValue(member.Element, out var list) ? list : members[member.Element] = []).Add(new Tag(taxonomy.Id, term.Id));
                }
            }
        }

        return members;
    }

    /// <summary>Term labels, found where the graph resolves the tag (the plan's own taxonomy, else a built-in one).</summary>
    private sealed class Labels(PlanIndex index)
    {
        private readonly Dictionary<Tag, string?> _labels = [];

        public string? Of(Tag tag)
        {
            if (!_labels.TryGetValue(tag, out var label))
            {
                var node = index.ResolveTag(tag);
                var taxonomies = node is null ? [] : node.Scope.Length == 0 ? BuiltInTaxonomies.All : index.Plan.Taxonomies;
                label = _labels[tag] = taxonomies.FirstOrDefault(t => t.Id == tag.Taxonomy)?.Terms.FirstOrDefault(t => t.Id == tag.Term)?.Label;
            }

            return label;
        }
    }
}
