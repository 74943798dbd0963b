namespace SdgMap.Benchmarks.Peers;

/// <summary>The SQL of DuckDB's side: loading the tables, and the questions with SdgMap's semantics.</summary>
internal static class DuckDbQueries
{
    /// <summary>Tables read as text and typed explicitly: inference would read the SDG id <c>16.10</c> as the number 16.1.</summary>
    public static IEnumerable<string> Load(string folder)
    {
        string Read(string name) => $"read_csv('{Path.Combine(folder, name).Replace("'", "''", StringComparison.Ordinal)}', header = true, all_varchar = true)";
        yield return $"CREATE TABLE plans AS SELECT plan FROM {Read("plans.csv")}";
        yield return $"CREATE TABLE elements AS SELECT plan, element, parent, level, CAST(depth AS INTEGER) AS depth, sdg_marks FROM {Read("elements.csv")}";
        yield return $"CREATE TABLE sdg_links AS SELECT plan, element, sdg, kind FROM {Read("sdg_links.csv")}";
        yield return $"CREATE TABLE sdgs AS SELECT sdg, kind, goal FROM {Read("sdgs.csv")}";
    }

    /// <summary>Each question: its name, its answer's header, and its SQL.</summary>
    public static IReadOnlyList<(string Name, string Header, string Sql)> Questions { get; } =
    [
        // A cell counts the elements carrying a declared link to the goal or one of its targets.
        ("coverage-goals", "plan,sdg,count", """
            SELECT plan, split_part(sdg, '.', 1) AS goal, count(DISTINCT element)
            FROM sdg_links WHERE kind = 'declared' GROUP BY plan, goal
            """),

        // Only target links count for targets: a goal-only link covers no target.
        ("coverage-targets", "plan,sdg,count", """
            SELECT plan, sdg, count(DISTINCT element)
            FROM sdg_links WHERE kind = 'declared' AND contains(sdg, '.') GROUP BY plan, sdg
            """),

        // Uncovered goals and targets of every plan; then, at each depth where the plan declares
        // a link (or marks that were lost), the elements with no declared link and no lost marks.
        ("gaps", "plan,kind,subject", """
            WITH covered AS (
                SELECT DISTINCT plan, split_part(sdg, '.', 1) AS sdg FROM sdg_links WHERE kind = 'declared'
                UNION
                SELECT DISTINCT plan, sdg FROM sdg_links WHERE kind = 'declared' AND contains(sdg, '.')),
            linked AS (SELECT DISTINCT plan, element FROM sdg_links WHERE kind = 'declared'),
            marked AS (
                SELECT e.plan, e.element, e.depth, e.sdg_marks, l.element IS NOT NULL AS has_link
                FROM elements e LEFT JOIN linked l ON l.plan = e.plan AND l.element = e.element),
            depths AS (SELECT DISTINCT plan, depth FROM marked WHERE depth > 0 AND (has_link OR sdg_marks = 'lost'))
            SELECT p.plan, CASE s.kind WHEN 'goal' THEN 'uncovered-goal' ELSE 'uncovered-target' END, s.sdg
            FROM plans p CROSS JOIN sdgs s
            WHERE NOT EXISTS (SELECT 1 FROM covered c WHERE c.plan = p.plan AND c.sdg = s.sdg)
            UNION ALL
            SELECT m.plan, 'no-sdg-link', m.element
            FROM marked m JOIN depths d ON d.plan = m.plan AND d.depth = m.depth
            WHERE NOT m.has_link AND m.sdg_marks <> 'lost'
            """),
    ];
}
