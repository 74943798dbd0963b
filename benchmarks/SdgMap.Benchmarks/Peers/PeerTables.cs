using System.Globalization;
using SdgMap.Catalog;
using SdgMap.Model;

namespace SdgMap.Benchmarks.Peers;

/// <summary>
/// Flattens plans into the tables the peers (pandas, networkx, DuckDB) query:
/// <c>plans.csv</c>, <c>elements.csv</c>, <c>sdg_links.csv</c>, <c>tags.csv</c> and the catalogue's
/// <c>sdgs.csv</c>, documented in
/// <c>benchmarks/peers/README.md</c>.
/// </summary>
public static class PeerTables
{
    /// <summary>Writes the five tables into <paramref name="folder"/>.</summary>
    public static void Write(IReadOnlyList<Plan> plans, string folder)
    {
        Directory.CreateDirectory(folder);
        Csv.Write(Path.Combine(folder, "plans.csv"), "plan,municipality,municipality_en,municipality_code,title,from_fy,to_fy,levels,elements", plans.Select(p => Csv.Row(
            p.Id, p.Municipality.Name, p.Municipality.NameEn, p.Municipality.Code, p.Title,
            Number(p.Period?.FromFiscalYear), Number(p.Period?.ToFiscalYear), Number(p.Levels.Count), Number(p.Elements.Count))));
        Csv.Write(Path.Combine(folder, "elements.csv"), "plan,element,parent,level,depth,sdg_marks,title", plans.SelectMany(p => p.Elements.Select(e => Csv.Row(
            p.Id, e.Id, e.Parent, e.Level, Number(p.DepthOf(e.Level)), Marks(e.SdgStatus), e.Title))));
        Csv.Write(Path.Combine(folder, "sdg_links.csv"), "plan,element,sdg,kind", plans.SelectMany(p => p.Elements.SelectMany(e =>
            e.Sdg.Select(s => Csv.Row(p.Id, e.Id, s.ToString(), "declared"))
                .Concat((e.Suggested?.Sdg ?? []).Select(s => Csv.Row(p.Id, e.Id, s.Id.ToString(), "suggested"))))));
        // The catalogue too, so that peers name uncovered goals and targets from the same list.
        Csv.Write(Path.Combine(folder, "sdgs.csv"), "sdg,kind,goal", SdgCatalog.Default.Goals.SelectMany(g => g.Targets.Select(t => Csv.Row(t.Id.ToString(), "target", g.Id.ToString()))
            .Prepend(Csv.Row(g.Id.ToString(), "goal", g.Id.ToString()))));
        Csv.Write(Path.Combine(folder, "tags.csv"), "plan,element,taxonomy,term,via", plans.SelectMany(TagRows));
    }

    // A term reaches an element two ways, both graph edges: the element's own tags, or the
    // taxonomy listing the element among its members (as 北本市's themes do).
    private static IEnumerable<string> TagRows(Plan plan) =>
        plan.Elements.SelectMany(e => e.Tags.Select(t => Csv.Row(plan.Id, e.Id, t.Taxonomy, t.Term, "tag"))
                .Concat((e.Suggested?.Tags ?? []).Select(t => Csv.Row(plan.Id, e.Id, t.Tag.Taxonomy, t.Tag.Term, "suggested"))))
            .Concat(plan.Taxonomies.SelectMany(x => x.Terms.SelectMany(t => t.Members.Select(m => Csv.Row(plan.Id, m.Element, x.Id, t.Id, "member")))));

    private static string Marks(SdgMarks marks) => marks switch
    {
        SdgMarks.Declared => "declared",
        SdgMarks.Lost => "lost",
        _ => "none",
    };

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
