using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SdgMap.Cli.Commands;
using SdgMap.Cli.Output;
using SdgMap.Queries;
using SdgMap.Tests.Seeds;

namespace SdgMap.Tests.Cli;

public class RowWriterJsonTests
{
    // The whole document through the serializer in one call, with the options RowWriter uses.
    private static string Reference<T>(IReadOnlyList<T> rows) =>
        JsonSerializer.Serialize(new RowsDocument<T>(rows), (JsonTypeInfo<RowsDocument<T>>)RowWriter.Json.GetTypeInfo(typeof(RowsDocument<T>))) + "\n";

    private static string Streamed<T>(IReadOnlyList<T> rows)
    {
        var output = new StringWriter();
        RowWriter.WriteJson(rows, output);
        return output.ToString();
    }

    [Fact]
    public void WriteJson_CoverageOfTheShippedPlans_IsTheWholeDocumentSerializersBytes()
    {
        var rows = SeedPlans.Graph.Coverage(SdgLevel.Target).Select(CoverageCommand.CoverageRow.Of).ToList();
        Assert.True(rows.Count > 800, $"{rows.Count} rows");
        Assert.Equal(Reference(rows), Streamed(rows));
    }

    [Fact]
    public void WriteJson_GapsOfTheShippedPlans_ManyBlocksOfJapaneseText_IsTheWholeDocumentSerializersBytes()
    {
        var rows = SeedPlans.Graph.Gaps().Select(GapsCommand.GapRow.Of).ToList();
        var expected = Reference(rows);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(expected);
        Assert.True(bytes > 4 * 65536, $"{bytes} bytes: fewer than four blocks of 64 kB");
        Assert.Equal(expected, Streamed(rows));
    }

    [Fact]
    public void WriteJson_NoRows_IsTheWholeDocumentSerializersBytes()
    {
        IReadOnlyList<GapsCommand.GapRow> rows = [];
        Assert.Equal(Reference(rows), Streamed(rows));
    }
}
