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

    private sealed class Recorder(List<int> done) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value)
        {
            lock (done)
            {
                done.Add(value.Done);
            }
        }
    }
}
