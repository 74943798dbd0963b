using System.Text;
using SdgMap.Model;
using SdgMap.Serialization;
using Xunit;

namespace SdgMap.Tests.Serialization;

public class PlanReadersTests
{
    private static readonly PlanCsv.PlanHeader Header = new() { Id = "kaku-plan", Municipality = new Municipality { Name = "架空市" }, Title = "計画" };

    private sealed class FakeReader(string format, params string[] extensions) : IPlanReader
    {
        public string Format => format;

        public IReadOnlyList<string> Extensions => extensions;

        public PlanDocument Read(Stream input, PlanReadContext context) =>
            PlanDocument.FromPlan(new Plan { Id = "fake", Municipality = new Municipality { Name = "架空市" }, Title = "偽", Levels = [], Elements = [] }, context.Path);
    }

    [Theory]
    [InlineData("a/plan.json", "json")]
    [InlineData("a/PLAN.JSON", "json")]
    [InlineData("a/table.csv", "csv")]
    public void For_KnownExtension_ReturnsItsReader(string path, string format) =>
        Assert.Equal(format, PlanReaders.Default.For(path).Format);

    [Fact]
    public void For_UnknownExtension_ThrowsNamingFileAndKnownExtensions()
    {
        var e = Assert.Throws<PlanInputException>(() => PlanReaders.Default.For("plans/book.xlsx"));
        Assert.Equal("plans/book.xlsx", e.File);
        Assert.Contains(".json, .csv", e.Problem, StringComparison.Ordinal);
        Assert.Contains("'.xlsx'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ExtraReader_IsChosenForItsExtension()
    {
        var readers = new PlanReaders([new FakeReader("xlsx", ".xlsx")]);
        Assert.Equal("xlsx", readers.For("book.xlsx").Format);
        Assert.Equal(["json", "csv", "xlsx"], readers.All.Select(r => r.Format));
    }

    [Fact]
    public void Constructor_TwoReadersClaimingOneExtension_Throws() =>
        Assert.Throws<ArgumentException>(() => new PlanReaders([new FakeReader("other", ".json")]));

    [Fact]
    public void Constructor_ExtensionNotLowerCaseWithDot_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PlanReaders([new FakeReader("x", "xlsx")]));
        Assert.Throws<ArgumentException>(() => new PlanReaders([new FakeReader("x", ".XLSX")]));
    }

    [Fact]
    public void JsonReader_FromStream_GivesTheSameDocumentAsPlanJsonLoad()
    {
        var path = RepoPaths.ShippedPlans().First();
        var expected = PlanJson.Load(path);
        using var stream = File.OpenRead(path);
        var read = JsonPlanReader.Instance.Read(stream, new PlanReadContext { Path = path });
        Assert.Equal(expected, read);
    }

    [Fact]
    public void JsonReader_StreamPastMaxFileBytes_ThrowsNamingTheLimit()
    {
        using var stream = new NonSeekingStream(new byte[2000]);
        var e = Assert.Throws<PlanInputException>(() => JsonPlanReader.Instance.Read(stream, new PlanReadContext { Path = "big.json", Limits = new PlanLimits { MaxFileBytes = 1000 } }));
        Assert.Contains("MaxFileBytes", e.Problem, StringComparison.Ordinal);
        Assert.Equal("big.json", e.File);
    }

    [Fact]
    public void Read_CancelledToken_ThrowsOperationCanceled()
    {
        using var stream = new MemoryStream("{}"u8.ToArray());
        Assert.ThrowsAny<OperationCanceledException>(() => JsonPlanReader.Instance.Read(stream, new PlanReadContext { CancellationToken = new CancellationToken(canceled: true) }));
    }

    [Fact]
    public void CsvReader_WithoutHeader_ThrowsSayingTheTableDoesNotNameItsPlan()
    {
        using var stream = new MemoryStream("level,title\n政策,まちづくり\n"u8.ToArray());
        var e = Assert.Throws<PlanInputException>(() => CsvPlanReader.Instance.Read(stream, new PlanReadContext { Path = "t.csv" }));
        Assert.Equal("t.csv", e.File);
        Assert.Contains("Header", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvReader_KeepsEachElementsRowAndLine()
    {
        // Row 3 holds a line break inside quotes, so rows and lines part from there; row 4 adds a KPI to e1 and defines nothing.
        var table = "id,level,title,kpi\ne1,政策,まちづくり,指標A\ne2,施策,\"二行の\n題名\",\ne1,,,指標B\ne3,施策,福祉,\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(table));
        var document = CsvPlanReader.Instance.Read(stream, new PlanReadContext { Path = "t.csv", Header = Header });
        Assert.Equal(["e1", "e2", "e3"], document.Plan.Elements.Select(e => e.Id));
        Assert.Equal([2, 3, 5], document.ElementRows);
        Assert.Equal([2, 3, 6], document.ElementLines);
        Assert.Equal("t.csv", document.Path);
        Assert.Equal(2, document.Plan.Elements[0].Kpis.Count);
    }

    [Fact]
    public void Read_CsvFile_GivesThePlanPlanCsvLoadGives()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sdgmap-readers-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "level,title,sdg\n政策,まちづくり,11.2\n");
        try
        {
            var document = PlanReaders.Default.Read(path, new PlanReadContext { Header = Header });
            Assert.Equal(PlanCsv.Load(path, Header), document.Plan);
            Assert.Equal(path, document.Path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A stream that reports no length, as a pipe does.</summary>
    private sealed class NonSeekingStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override bool TryGetBuffer(out ArraySegment<byte> buffer)
        {
            buffer = default;
            return false;
        }
    }
}
