using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Tests.Serialization;

public sealed class PlanFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sdgmap-files-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string id) =>
        WriteText(name, $$"""{ "format": "sdgmap.plan/1", "id": "{{id}}", "municipality": { "name": "市" }, "title": "t", "levels": [], "elements": [] }""");

    private string WriteText(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void LoadAll_ManyFiles_KeepsFileOrder()
    {
        var ids = Enumerable.Range(0, 60).Select(i => $"p{i:D2}").ToList();
        foreach (var id in ids)
        {
            Write(id + ".json", id);
        }

        var done = new List<int>();
        var documents = PlanFiles.LoadAll([_folder], progress: new Recorder(done));
        Assert.Equal(ids, documents.Select(d => d.Plan.Id));
        Assert.Equal(60, done.Count);
        Assert.Equal(Enumerable.Range(1, 60), done.Order());
    }

    [Fact]
    public void LoadAll_SeveralBadFiles_ReportsTheFirstInFileOrder()
    {
        for (var i = 0; i < 40; i++)
        {
            Write($"p{i:D2}.json", $"p{i:D2}");
        }

        WriteText("p17.json", "{ \"format\": ");
        WriteText("p03.json", "[]");
        var e = Assert.Throws<PlanInputException>(() => PlanFiles.LoadAll([_folder]));
        Assert.Equal(Path.Combine(_folder, "p03.json"), e.File);
    }

    [Fact]
    public void LoadAll_CancelledToken_ThrowsOperationCanceled()
    {
        Write("p1.json", "p1");
        Assert.ThrowsAny<OperationCanceledException>(() => PlanFiles.LoadAll([_folder], cancellationToken: new CancellationToken(canceled: true)));
    }

    [Fact]
    public void LoadAll_CsvFileWithHeaderInContext_ReadsItWithItsRows()
    {
        Write("p1.json", "p1");
        WriteText("t.csv", "level,title\n政策,まちづくり\n施策,福祉\n");
        var header = new PlanCsv.PlanHeader { Id = "t", Municipality = new Municipality { Name = "架空市" }, Title = "計画" };
        var documents = PlanFiles.LoadAll([_folder, Path.Combine(_folder, "t.csv")], PlanReaders.Default, new PlanReadContext { Header = header });
        Assert.Equal(["p1", "t"], documents.Select(d => d.Plan.Id));
        Assert.Equal([2, 3], documents[1].ElementRows);
    }

    private sealed class Recorder(List<int> done) : IProgress<WorkProgress>
    {
        public void Report(WorkProgress value)
        {
            lock (done)
            {
                done.Add(value.Done);
            }
        }
    }
}
