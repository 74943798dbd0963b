using DuckDB.NET.Data;
using Parquet;
using SdgMap.Graph;
using SdgMap.Parquet;

namespace SdgMap.Tests.Parquet;

/// <summary>Exports graphs into temporary folders and reads them back with DuckDB and Parquet.Net.</summary>
internal static class ParquetFixture
{
    public static string TempFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "sdgmap-parquet-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string Export(PlanGraph graph, ParquetExportOptions? options = null)
    {
        var dir = TempFolder();
        ParquetExport.WriteAsync(graph, dir, options).GetAwaiter().GetResult();
        return dir;
    }

    /// <summary>Runs a query in an in-memory DuckDB; <c>{dir}</c> in the text is the export folder.</summary>
    public static List<object?[]> Query(string dir, string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql.Replace("{dir}", dir.Replace("'", "''", StringComparison.Ordinal), StringComparison.Ordinal);
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = reader.IsDBNull(c) ? null : reader.GetValue(c);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static long Count(string dir, string table, string where = "true") =>
        Convert.ToInt64(Query(dir, $"SELECT count(*) FROM '{{dir}}/{table}.parquet' WHERE {where}")[0][0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The columns of a file as Parquet.Net reads its schema: name, CLR type, nullable.</summary>
    public static List<(string Name, Type Type, bool Nullable)> Schema(string path) =>
        Read(path, reader => reader.Schema.GetDataFields().Select(f => (f.Name, f.ClrType, f.IsNullable)).ToList());

    public static int RowGroups(string path) => Read(path, reader => reader.RowGroupCount);

    private static T Read<T>(string path, Func<ParquetReader, T> read)
    {
        var reader = ParquetReader.CreateAsync(path).GetAwaiter().GetResult();
        try
        {
            return read(reader);
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
