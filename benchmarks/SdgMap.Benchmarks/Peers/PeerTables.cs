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
    public static void Write(IEnumerable<Plan> plans, string folder)
    {
        using var writer = new Writer(folder);
        foreach (var plan in plans)
        {
            writer.Add(plan);
        }
    }

    /// <summary>
    /// The five tables written one plan at a time, so that a corpus too large to hold streams
    /// through: the rows are those of <see cref="Write"/>, in the same order.
    /// </summary>
    public sealed class Writer : IDisposable
    {
        private readonly StreamWriter _plans;
        private readonly StreamWriter _elements;
        private readonly StreamWriter _links;
        private readonly StreamWriter _tags;

        /// <summary>Creates the tables in <paramref name="folder"/> and writes the catalogue's, which no plan changes.</summary>
        public Writer(string folder)
        {
            Directory.CreateDirectory(folder);
            _plans = Csv.Open(Path.Combine(folder, "plans.csv"), "plan,municipality,municipality_en,municipality_code,title,from_fy,to_fy,levels,elements");
            _elements = Csv.Open(Path.Combine(folder, "elements.csv"), "plan,element,parent,level,depth,sdg_marks,title");
            _links = Csv.Open(Path.Combine(folder, "sdg_links.csv"), "plan,element,sdg,kind");
            // The catalogue too, so that peers name uncovered goals and targets from the same list.
            Csv.Write(Path.Combine(folder, "sdgs.csv"), "sdg,kind,goal", SdgCatalog.Default.Goals.SelectMany(g => g.Targets.Select(t => Csv.Row(t.Id.ToString(), "target", g.Id.ToString()))
                .Prepend(Csv.Row(g.Id.ToString(), "goal", g.Id.ToString()))));
            _tags = Csv.Open(Path.Combine(folder, "tags.csv"), "plan,element,taxonomy,term,via");
        }

        /// <summary>Appends <paramref name="plan"/>'s rows to every table.</summary>
        public void Add(Plan plan)
        {
            _plans.WriteLine(Csv.Row(
                plan.Id, plan.Municipality.Name, plan.Municipality.NameEn, plan.Municipality.Code, plan.Title,
                Number(plan.Period?.FromFiscalYear), Number(plan.Period?.ToFiscalYear), Number(plan.Levels.Count), Number(plan.Elements.Count)));
            foreach (var e in plan.Elements)
            {
                _elements.WriteLine(Csv.Row(plan.Id, e.Id, e.Parent, e.Level, Number(plan.DepthOf(e.Level)), Marks(e.SdgStatus), e.Title));
                foreach (var s in e.Sdg)
                {
                    _links.WriteLine(Csv.Row(plan.Id, e.Id, s.ToString(), "declared"));
                }

                foreach (var s in e.Suggested?.Sdg ?? [])
                {
                    _links.WriteLine(Csv.Row(plan.Id, e.Id, s.Id.ToString(), "suggested"));
                }
            }

            foreach (var row in TagRows(plan))
            {
                _tags.WriteLine(row);
            }
        }

        /// <summary>Flushes and closes the tables.</summary>
        public void Dispose()
        {
            _plans.Dispose();
            _elements.Dispose();
            _links.Dispose();
            _tags.Dispose();
        }
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
