using System.IO.Compression;
using System.Text;
using SdgMap.Excel;
using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Tests.Excel;

/// <summary>Workbooks that are damaged, disguised or built to exhaust memory: each is refused with a message naming the file (and the sheet and cell where there is one), never a crash or a hang.</summary>
public class HostileWorkbookTests
{
    private static readonly PlanCsv.PlanHeader Header = new() { Id = "hostile", Municipality = new Municipality { Name = "架空市" }, Title = "敵対的入力" };

    private static PlanInputException Refused(byte[] bytes, PlanLimits? limits = null) =>
        Assert.Throws<PlanInputException>(() => PlanWorkbook.Read(new MemoryStream(bytes), Header, "bad.xlsx", limits: limits));

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public void CsvNamedXlsx_IsRefused_AsNotAWorkbook()
    {
        var e = Refused(Encoding.UTF8.GetBytes("level,title\n施策,a\n"));
        Assert.StartsWith("bad.xlsx: this is not an .xlsx workbook", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFile_IsRefused_AsEmpty()
    {
        Assert.Contains("the workbook is empty (0 bytes)", Refused([]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OleCompoundFile_IsRefused_AsEncryptedOrExcel97()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
        var e = Refused(ole);
        Assert.Contains("encrypted (password-protected) workbook or an Excel 97–2003 .xls", e.Message, StringComparison.Ordinal);
        Assert.Contains("save it as .xlsx", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedWorkbook_IsRefused_AsDamaged()
    {
        var whole = TestWorkbook.Build(new TestSheet("S").Row(1, "階層", "名称").Row(2, "施策", "a"));
        var e = Refused(whole[..(whole.Length / 2)]);
        Assert.StartsWith("bad.xlsx: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipOfOtherFiles_IsRefused_AsNotAWorkbook()
    {
        var e = Refused(Zip(("readme.txt", "hello"u8.ToArray())));
        Assert.Equal("bad.xlsx: the file is a zip archive but holds no Excel workbook; save the sheet as .xlsx (Excel Workbook).", e.Message);
    }

    [Fact]
    public void ZipBomb_IsRefused_BeforeInflating()
    {
        var bomb = Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("xl/worksheets/sheet1.xml", new byte[16 << 20]));
        Assert.True(bomb.Length < 100_000);
        var e = Refused(bomb);
        Assert.Contains("xl/worksheets/sheet1.xml inflates", e.Message, StringComparison.Ordinal);
        Assert.Contains("zip bomb", e.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A bomb whose zip headers lie: the sheet says it inflates to 100 bytes, which the size check
    /// before inflating trusts; reading must still stop there, not at the 8 MiB the data holds.
    /// </summary>
    [Fact]
    public void ZipBombWithLyingSizes_IsRefusedAsDamaged_InflatingOnlyTheDeclaredSize()
    {
        var honest = TestWorkbook.Build(new TestSheet("S").Row(1, "階層", "名称").Row(2, "施策", "a"));
        var padded = new MemoryStream();
        padded.Write(honest);
        string sheetName;
        using (var zip = new ZipArchive(padded, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = zip.Entries.Single(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal));
            sheetName = sheet.FullName;
            string xml;
            using (var reader = new StreamReader(sheet.Open()))
            {
                xml = reader.ReadToEnd();
            }

            sheet.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(sheetName, CompressionLevel.SmallestSize).Open());
            var at = xml.IndexOf("<x:sheetData", StringComparison.Ordinal) is var x and >= 0 ? x : xml.IndexOf("<sheetData", StringComparison.Ordinal);
            writer.Write(xml[..at]);
            writer.Write(new string(' ', 8 << 20));
            writer.Write(xml[at..]);
        }

        var bytes = padded.ToArray();
        var name = Encoding.ASCII.GetBytes(sheetName);
        for (var i = bytes.AsSpan().IndexOf(name); i >= 0; i = bytes.AsSpan(i + 1).IndexOf(name) is var n and >= 0 ? i + 1 + n : -1)
        {
            // The local header's uncompressed size stands 8 bytes before its name length, the central directory's 4 after the compressed size.
            if (bytes[i - 30] == 0x50 && bytes[i - 29] == 0x4B && bytes[i - 28] == 3)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i - 30 + 22, 4), 100);
            }
            else if (bytes[i - 46] == 0x50 && bytes[i - 45] == 0x4B && bytes[i - 44] == 1)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i - 46 + 24, 4), 100);
            }
        }

        // The zip reader inflates no more than the declared size, so the sheet ends early, cut off: damaged, not 8 MiB read.
        var e = Refused(bytes, new PlanLimits { MaxFileBytes = 1 << 20 });
        Assert.StartsWith("bad.xlsx: sheet 'S': the workbook is damaged", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartPastMaxFileBytes_IsRefused_NamingTheLimit()
    {
        var random = new byte[300_000];
        new Random(7).NextBytes(random);
        var e = Refused(Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("xl/sharedStrings.xml", random)), new PlanLimits { MaxFileBytes = 200_000 });
        Assert.Contains("PlanLimits.MaxFileBytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormulaWithoutSavedValue_IsRefused_NamingTheCell()
    {
        var sheet = new TestSheet("施策").Row(1, "階層", "名称", "目標年度", "指標").Row(2, "施策", "a", null, "k").Set("C2", new Formula("YEAR(TODAY())+4", null));
        var e = Refused(TestWorkbook.Build(sheet));
        Assert.StartsWith("bad.xlsx: sheet '施策' cell C2: the cell holds the formula =YEAR(TODAY())+4 with no saved value", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorValue_IsRefused_NamingTheCell()
    {
        var sheet = new TestSheet("S").Row(1, "階層", "名称").Row(2, "施策").Set("B2", new ErrorValue("#REF!"));
        Assert.Contains("sheet 'S' cell B2: the cell holds the error value #REF!", Refused(TestWorkbook.Build(sheet)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RowPastExcelsLastRow_IsRefused()
    {
        var sheet = new TestSheet("S").Row(1, "階層", "名称").Row(1_048_577, "施策", "a");
        Assert.Contains("row 1,048,577 is past Excel's last row (1,048,576)", Refused(TestWorkbook.Build(sheet)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ElementOnExcelsLastRow_IsRead()
    {
        var sheet = new TestSheet("S").Row(1, "階層", "名称").Row(1_048_576, "施策", "最後の行");
        Assert.Equal("最後の行", PlanWorkbook.Read(new MemoryStream(TestWorkbook.Build(sheet)), Header).Elements.Single().Title);
    }

    [Fact]
    public void RowsPastMaxElements_AreRefused_NamingTheSheetAndRow()
    {
        var sheet = new TestSheet("S").Row(1, "階層", "名称");
        for (var r = 2; r < 30; r++)
        {
            sheet.Row(r, "施策", $"t{r}");
        }

        var e = Refused(TestWorkbook.Build(sheet), new PlanLimits { MaxElements = 10 });
        Assert.Contains("PlanLimits.MaxElements", e.Message, StringComparison.Ordinal);
        Assert.Equal(("S", 12), (e.Sheet, e.Row));
    }

    [Fact]
    public void CellPastMaxColumns_IsRefused_NamingTheCell()
    {
        var sheet = new TestSheet("S").Row(1, "階層", "名称").Row(2, "施策", "a").Set("F2", new Shared("x"));
        var e = Refused(TestWorkbook.Build(sheet), new PlanLimits { MaxColumns = 4 });
        Assert.Contains("sheet 'S' cell F2: the cell is past the limit of 4 columns (PlanLimits.MaxColumns)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CellPastMaxStringBytes_IsRefused_NamingTheCell()
    {
        var sheet = new TestSheet("S").Row(1, "階層", "名称").Row(2, "施策", new string('あ', 1000));
        var e = Refused(TestWorkbook.Build(sheet), new PlanLimits { MaxStringBytes = 1000 });
        Assert.Contains("sheet 'S' cell B2", e.Message, StringComparison.Ordinal);
        Assert.Contains("PlanLimits.MaxStringBytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SheetWithoutHeader_IsRefused_SayingWhatTheHeaderNeeds()
    {
        var sheet = new TestSheet("S").Row(1, "部署", "電話").Row(2, "総務課", "100");
        var e = Refused(TestWorkbook.Build(sheet));
        Assert.Contains("sheet 'S': row 1: the header has no 'level' column", e.Message, StringComparison.Ordinal);
    }
}
