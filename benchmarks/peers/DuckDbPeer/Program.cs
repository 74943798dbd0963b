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

foreach (var (name, header, sql) in DuckDbQueries.Questions)
{
    List<string> rows = [];
    timings.Add(name, Warm.Median(runs, () => rows = Fetch(connection, sql)));
    Csv.WriteSorted(Path.Combine(output, name + ".csv"), header, rows);
}

return 0;

// Every row is read and turned into a CSV line inside the timed part: a query is not done until its rows are out.
static List<string> Fetch(DuckDBConnection connection, string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    using var reader = command.ExecuteReader();
    var rows = new List<string>();
    var fields = new string?[reader.FieldCount];
    while (reader.Read())
    {
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
        }

        rows.Add(Csv.Row(fields));
    }

    return rows;
}
