using System.Globalization;
using DuckDB.NET.Data;
using SdgMap.Benchmarks.Peers;

// DuckDB's side of the peer comparison: loads tables/*.csv into an in-memory database
// (untimed), then times each query warm, fetching every row, and writes the canonical answers.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: DuckDbPeer TABLES_DIR OUT_DIR [RUNS]");
    return 2;
}

var tables = Path.GetFullPath(args[0]);
var output = args[1];
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
Directory.CreateDirectory(output);
var timings = new Timings(output);

using var connection = new DuckDBConnection("DataSource=:memory:");
connection.Open();
foreach (var sql in DuckDbQueries.Load(tables))
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    command.ExecuteNonQuery();
}

var answers = DuckDbQueries.Questions.ToDictionary(q => q.Name, _ => new List<object[]>());
Warm.TimeAll(timings, runs, [.. DuckDbQueries.Questions.Select(q => (q.Name, (long?)null, (Action)(() => answers[q.Name] = Fetch(connection, q.Sql))))]);
foreach (var (name, header, _) in DuckDbQueries.Questions)
{
    Csv.WriteSorted(Path.Combine(output, name + ".csv"), header, answers[name].Select(r => Csv.Row([.. r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))])));
}

return 0;

// Every row is read into .NET values inside the timed part (a query is not done until its rows
// are out, as SdgMap's answers are records in memory); writing CSV is not timed, for anyone.
static List<object[]> Fetch(DuckDBConnection connection, string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    using var reader = command.ExecuteReader();
    var rows = new List<object[]>();
    while (reader.Read())
    {
        var row = new object[reader.FieldCount];
        reader.GetValues(row);
        rows.Add(row);
    }

    return rows;
}
