using SdgMap.Parquet;
using SdgMap.Tests.Parquet;

namespace SdgMap.Tests.Cli;

public sealed class ExportParquetCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(args);

    [Fact]
    public void ExportParquet_ShippedPlansFolderAndOneFile_WritesEveryTableAndListsItsRows()
    {
        var dir = Path.Combine(ParquetFixture.TempFolder(), "tables");
        var file = RepoPaths.ShippedPlans().First();
        var (code, output, error) = Run("export", RepoPaths.Plans, "--to", "parquet", "-o", dir);
        Assert.True(code == 0, error);
        foreach (var table in ParquetExport.Tables)
        {
            Assert.True(File.Exists(Path.Combine(dir, $"{table}.parquet")), table);
            Assert.Contains($"{table}.parquet: ", output, StringComparison.Ordinal);
        }

        Assert.Equal(5, ParquetFixture.Count(dir, "plans"));
        var one = Path.Combine(ParquetFixture.TempFolder(), "one");
        Assert.Equal(0, Run("export", file, "--to", "parquet", "-o", one, "--plans-per-row-group", "1").Code);
        Assert.Equal(1, ParquetFixture.Count(one, "plans"));
    }

    [Fact]
    public void ExportParquet_WithoutOutputFolder_ExitsTwoAskingForDashO()
    {
        var (code, _, error) = Run("export", RepoPaths.Plans, "--to", "parquet");
        Assert.Equal(2, code);
        Assert.Contains("-o DIR", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportParquet_OutputIsAnExistingFile_ExitsTwoNamingItAndLeavesItAsItWas()
    {
        var file = Path.Combine(ParquetFixture.TempFolder(), "notes.txt");
        File.WriteAllText(file, "備考");
        var (code, _, error) = Run("export", RepoPaths.Plans, "--to", "parquet", "-o", file);
        Assert.Equal(2, code);
        Assert.Contains(file, error, StringComparison.Ordinal);
        Assert.Equal("備考", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("many")]
    public void ExportParquet_BadPlansPerRowGroup_ExitsTwoNamingTheOption(string value)
    {
        var (code, _, error) = Run("export", RepoPaths.Plans, "--to", "parquet", "-o", ParquetFixture.TempFolder(), "--plans-per-row-group", value);
        Assert.Equal(2, code);
        Assert.Contains("--plans-per-row-group", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportParquet_UnknownOption_ExitsTwo() =>
        Assert.Equal(2, Run("export", RepoPaths.Plans, "--to", "parquet", "-o", ParquetFixture.TempFolder(), "--element", "x").Code);
}
