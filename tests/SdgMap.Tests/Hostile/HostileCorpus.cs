using SdgMap.Catalog;
using SdgMap.Model;
using static SdgMap.Tests.Hostile.GeneratedInputs;

namespace SdgMap.Tests.Hostile;

/// <summary>
/// The hostile-input corpus: every case and what must become of it. Adding a case is one line
/// here (and, for a file case, the file under <c>Hostile/Cases/</c>). Plan files' second element
/// stands on line 9; tables count the header as row 1.
/// </summary>
public static class HostileCorpus
{
    private const string Title = "医療の充実";

    private static PlanElement Second(Plan p) => p.Elements[1];

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        // Not a plan at all.
        new("empty.json", new Refused("empty")),
        new("blank.json", new Refused("empty")),
        new("truncated.json", new Refused("reached end of data") { Line = 9, JsonPath = "$.elements[1]", ElementId = "1-1" }),
        new("not-json.json", new Refused("invalid") { Line = 1 }),
        new("null.json", new Refused("found null") { JsonPath = "$" }),
        new("array-root.json", new Refused("the file is a list", "expected an object") { JsonPath = "$" }),
        new("trailing-garbage.json", new Refused("invalid") { Line = 12 }),
        new("comment.json", new Refused("invalid") { Line = 1 }),
        new("missing-file.json", new Refused("cannot read the file")) { Make = folder => Path.Combine(folder, "no-such-dir", "plan.json") },

        // Wrong types, missing and doubled properties.
        new("wrong-type-id.json", new Refused("'id' is the number", "expected text") { Line = 3, JsonPath = "$.id" }),
        new("wrong-type-elements.json", new Refused("'elements' is an object", "expected a list") { Line = 7, JsonPath = "$.elements" }),
        new("wrong-type-sdg-string.json", new Refused("'sdg' is the string \"3.8\"", "expected a list") { Line = 9, JsonPath = "$.elements[1].sdg", ElementId = "1-1" }),
        new("wrong-type-sdg-number.json", new Refused("must be a string") { Line = 9, JsonPath = "$.elements[1].sdg[0]", ElementId = "1-1" }),
        new("wrong-type-title-array.json", new Refused("'title' is a list", "expected text") { Line = 9, JsonPath = "$.elements[1].title", ElementId = "1-1" }),
        new("wrong-type-priority-string.json", new Refused("'priority' is the string \"yes\"", "expected true or false") { Line = 9, JsonPath = "$.elements[1].priority", ElementId = "1-1" }),
        new("wrong-type-year-huge.json", new Refused("'fiscalYear' is the number", "expected a whole number") { Line = 9, JsonPath = "$.elements[1].kpis[0].target.fiscalYear", ElementId = "1-1" }),
        new("null-required-level.json", new Refused("level") { Line = 9, JsonPath = "$.elements[1].level", ElementId = "1-1" }),
        new("missing-required-id.json", new Refused("lacks its required property 'id'") { Line = 9, JsonPath = "$.elements[1]" }),
        new("duplicate-key.json", new Refused("property 'title' is given twice") { Line = 9, JsonPath = "$.elements[1]", ElementId = "1-1" }),
        new("unknown-property.json", new Refused("unknown property 'titel'", "the properties here are") { Line = 9, JsonPath = "$.elements[1]", ElementId = "1-1" }),
        new("missing-format.json", new Refused("no \"format\"", "sdgmap.plan/1") { JsonPath = "$" }),
        new("null-format.json", new Refused("doesn't allow null") { Line = 2, JsonPath = "$.format" }),
        new("null-level-item.json", new Refused("list item is null") { JsonPath = "$.levels[1]" }),
        new("null-element.json", new Refused("list item is null") { JsonPath = "$.elements[1]" }),
        new("null-note.json", new Refused("list item is null") { JsonPath = "$.elements[1].notes[1]", ElementId = "1-1" }),
        new("null-sdg.json", new Refused("'sdg' doesn't allow null", "leave the property out") { Line = 9, JsonPath = "$.elements[1].sdg", ElementId = "1-1" }) { Make = Written("null-sdg.json", () => Plan("""{ "id": "1-1", "level": "施策", "title": "t", "sdg": null }""")) },
        new("null-kpis.json", new Refused("'kpis' doesn't allow null") { Line = 9, JsonPath = "$.elements[1].kpis", ElementId = "1-1" }) { Make = Written("null-kpis.json", () => Plan("""{ "id": "1-1", "level": "施策", "title": "t", "kpis": null }""")) },
        new("folder-as-plan.json", new Refused("cannot read the file: it is a folder")) { Make = folder => Directory.CreateDirectory(Path.Combine(folder, "folder-as-plan.json", "inner")).Parent!.FullName },
        new("format-v2.json", new Refused("sdgmap.plan/2", "newer SdgMap") { JsonPath = "$.format" }),

        // Readable, but inconsistent: the validator's to report.
        new("duplicate-element-ids.json", new Reported("SDG001")),
        new("parent-cycle.json", new Reported("SDG003")),
        new("self-parent.json", new Reported("SDG003")),
        new("dangling-parent.json", new Reported("SDG002")),
        new("dangling-reference.json", new Reported("SDG007")),
        new("long-parent-chain.json", new Reported("SDG005")) { Make = Written("long-parent-chain.json", () => Chain(50_000)) },

        // What the schema refuses, the reader refuses: enums as names only, years 1900–2200, no empty strings.
        new("sdgmarks-integer.json", new Refused("'sdgMarks' is the number 99", "\"none\"") { Line = 9, JsonPath = "$.elements[1].sdgMarks", ElementId = "1-1" }) { Make = Written("sdgmarks-integer.json", () => Plan("""{ "id": "1-1", "level": "施策", "title": "t", "sdgMarks": 99 }""")) },
        new("sdgmarks-digit-string.json", new Refused("'sdgMarks' is the string \"1\"", "expected one of") { Line = 9, JsonPath = "$.elements[1].sdgMarks", ElementId = "1-1" }) { Make = Written("sdgmarks-digit-string.json", () => Plan("""{ "id": "1-1", "level": "施策", "title": "t", "sdgMarks": "1" }""")) },
        new("sdgmarks-wrong-case.json", new Refused("'sdgMarks' is the string \"Lost\"", "\"lost\"") { Line = 9, JsonPath = "$.elements[1].sdgMarks", ElementId = "1-1" }) { Make = Written("sdgmarks-wrong-case.json", () => Plan("""{ "id": "1-1", "level": "施策", "title": "t", "sdgMarks": "Lost" }""")) },
        new("lost-integer.json", new Refused("'lost[0]' is the number 0", "\"kpiValues\"") { Line = 9, JsonPath = "$.elements[1].lost", ElementId = "1-1" }) { Make = Written("lost-integer.json", () => Plan("""{ "id": "1-1", "level": "施策", "title": "t", "lost": [ 0 ] }""")) },
        new("kpi-year-minus-1.json", new Refused("the year -1 is outside 1900–2200") { JsonPath = "$.elements[1].kpis[0].target.fiscalYear", ElementId = "1-1" }) { Make = Written("kpi-year-minus-1.json", () => Plan("""{ "id": "1-1", "level": "施策", "title": "t", "kpis": [ { "id": "k", "name": "n", "target": { "value": "1", "fiscalYear": -1 } } ] }""")) },
        new("kpi-year-int-max.json", new Refused("the year 2147483647 is outside") { JsonPath = "$.elements[1].kpis[0].baseline.fiscalYear", ElementId = "1-1" }) { Make = Written("kpi-year-int-max.json", () => Plan("""{ "id": "1-1", "level": "施策", "title": "t", "kpis": [ { "id": "k", "name": "n", "baseline": { "value": "1", "fiscalYear": 2147483647 } } ] }""")) },
        new("kpi-year-1899.json", new Refused("the year 1899 is outside") { JsonPath = "$.elements[1].kpis[0].baseline.fiscalYear", ElementId = "1-1" }) { Make = Written("kpi-year-1899.json", () => Plan("""{ "id": "1-1", "level": "施策", "title": "t", "kpis": [ { "id": "k", "name": "n", "baseline": { "value": "1", "fiscalYear": 1899 } } ] }""")) },
        new("kpi-year-2200.json", new Loads("2200 is the last year allowed", p => Second(p).Kpis[0].Target!.FiscalYear == 2200)) { Make = Written("kpi-year-2200.json", () => Plan("""{ "id": "1-1", "level": "施策", "title": "t", "kpis": [ { "id": "k", "name": "n", "target": { "value": "1", "fiscalYear": 2200 } } ] }""")) },
        new("kpi-empty-name.json", new Refused("an empty string") { Line = 9, JsonPath = "$.elements[1].kpis[0].name", ElementId = "1-1" }) { Make = Written("kpi-empty-name.json", () => Plan("""{ "id": "1-1", "level": "施策", "title": "t", "kpis": [ { "id": "k", "name": "" } ] }""")) },
        new("empty-title.json", new Refused("an empty string") { Line = 9, JsonPath = "$.elements[1].title", ElementId = "1-1" }) { Make = Written("empty-title.json", () => Plan("""{ "id": "1-1", "level": "施策", "title": "" }""")) },
        new("empty-note-in-list.json", new Refused("an empty string") { Line = 9, JsonPath = "$.elements[1].notes[1]", ElementId = "1-1" }) { Make = Written("empty-note-in-list.json", () => Plan("""{ "id": "1-1", "level": "施策", "title": "t", "notes": [ "a", "" ] }""")) },

        // SDG ids the catalogue does not hold, or cannot be ids; mixed widths read after NFKC.
        new("sdg-16.11.json", new Refused("'16.11' is not an SDG target", "16.1–16.10") { Line = 9, JsonPath = "$.elements[1].sdg[0]", ElementId = "1-1" }),
        new("sdg-18.1.json", new Refused("'18.1' is not an SDG goal") { Line = 9, JsonPath = "$.elements[1].sdg[0]", ElementId = "1-1" }),
        new("sdg-double-dot.json", new Refused("'16..6' is not an SDG id") { Line = 9, JsonPath = "$.elements[1].sdg[0]", ElementId = "1-1" }),
        new("sdg-mixed-width.json", new Loads("1６.6 reads as 16.6", p => Second(p).Sdg.Single() == SdgId.Parse("16.6"))),

        // Limits: refused by name, never read whole, never a stack overflow. Nesting is refused where
        // a typed value is expected, long before PlanLimits.MaxDepth (PlanLimitsTests covers that limit).
        new("deep-nesting-10000.json", new Refused("'notes[0]' is a list", "expected text") { Line = 9, JsonPath = "$.elements[1].notes[0]", ElementId = "1-1" }) { Make = Written("deep-nesting-10000.json", () => Plan($$"""{ "id": "1-1", "level": "施策", "title": "t", "notes": {{new string('[', 10_000)}}{{new string(']', 10_000)}} }""")) },
        new("deep-but-allowed.json", new Refused("'notes[0]' is a list", "expected text") { Line = 9, JsonPath = "$.elements[1].notes[0]", ElementId = "1-1" }),
        new("huge-200mb.json", new Refused("200,000,000 bytes", "PlanLimits.MaxFileBytes")) { Make = Sparse("huge-200mb.json", 200_000_000) },
        new("dev-zero", new Refused("goes on past the limit of 67,108,864 bytes", "PlanLimits.MaxFileBytes")) { Make = _ => "/dev/zero" },
        new("title-1mb.json", new Refused("1,048,576 bytes", "PlanLimits.MaxStringBytes") { Line = 9 }) { Make = Written("title-1mb.json", () => Plan($$"""{ "id": "1-1", "level": "施策", "title": "{{new string('a', 1 << 20)}}" }""")) },

        // Encodings: UTF-8 with or without BOM reads; UTF-16 and UTF-32 plan files are named and refused.
        new("valid.json", new Loads("Japanese title kept", p => Second(p).Title == Title)),
        new("utf8-bom.json", new Loads("BOM skipped, Japanese title kept", p => Second(p).Title == Title && p.Id == "hostile")),
        new("utf16le-bom.json", new Refused("UTF-16 (little-endian)", "Save it as UTF-8") { Line = 1 }),
        new("utf16be-bom.json", new Refused("UTF-16 (big-endian)", "Save it as UTF-8") { Line = 1 }),
        new("utf16le-nobom.json", new Refused("UTF-16 (little-endian) without a byte order mark") { Line = 1 }),
        new("utf32le-bom.json", new Refused("UTF-32") { Line = 1 }),
        new("invalid-utf8.json", new Refused("not valid UTF-8", "at offset", "save it as UTF-8") { Line = 9, ElementId = "1-1" }),

        // Text that must come through unchanged (exports neutralise or escape it: see TextSafetyTests).
        new("formula-title.json", new Loads("formula title unchanged", p => Second(p).Title == "=cmd|' /C calc'!A0")),
        new("script-title.json", new Loads("markup title unchanged", p => Second(p).Title == "<script>alert(\"x\")</script> & #35;")),
        new("nul-escaped-title.json", new Loads("NUL and ESC kept", p => Second(p).Title == "a\0b\u001b[31m")),
        new("raw-nul-byte.json", new Refused("invalid") { Line = 9, ElementId = "1-1" }),
        new("lone-surrogate-title.json", new Refused("lone surrogate", "not text") { Line = 9, JsonPath = "$.elements[1].title", ElementId = "1-1" }),
        new("lone-surrogate-id.json", new Refused("lone surrogate", "not text") { Line = 9, JsonPath = "$.elements[1].id" }),

        // Tables.
        new("table-valid.csv", new Loads("quoted CRLF kept in the description", p => Second(p).Description == "一行目\r\n二行目" && Second(p).Parent == "1")),
        new("table-empty.csv", new Refused("the table is empty")),
        new("table-quoted-newlines.csv", new Refused("row 4, column sdg", "'16.11'") { Line = 7, Row = 4, ElementId = "1-2" }),
        new("table-ragged-long.csv", new Refused("row 3 has 4 cells", "3 columns") { Line = 3, Row = 3 }),
        new("table-ragged-short.csv", new Loads("missing cells read as empty", p => p.Elements[0].Parent is null && Second(p).Parent == "1" && Second(p).Sdg.Count == 0)),
        new("table-unclosed-quote.csv", new Refused("row 3", "not closed") { Line = 3, Row = 3 }),
        new("table-stray-quote.csv", new Refused("row 2", "quote inside an unquoted field") { Line = 2, Row = 2 }),
        new("table-bad-sdg.csv", new Refused("row 3, column sdg", "'18.1' is not an SDG goal") { Line = 3, Row = 3, ElementId = "1-1" }),
        new("table-bad-tag.csv", new Refused("row 2, column tags", "'care' is not a tag") { Line = 2, Row = 2, ElementId = "1" }),
        new("table-no-title-column.csv", new Refused("no 'title' column") { Line = 1, Row = 1 }),
        new("table-unknown-column.csv", new Loads("a column SdgMap does not know is kept as a section labelled with its header, control characters and all", p => p.Elements[0].Sections.Single() is { Label: "bad\ncolumn\u001b[2J", Text: "x" })),
        new("table-duplicate-ids.csv", new Reported("SDG001", "SDG003")),
        new("table-formula.csv", new Loads("formulas kept as text; one apostrophe before apostrophes and a formula character dropped", p => p.Elements.Select(e => e.Title).SequenceEqual(["=cmd|' /C calc'!A0", "=1+1", "'=kept"]))),
        new("table-year-1899.csv", new Refused("row 2, column targetYear", "1900 to 2200") { Line = 2, Row = 2 }) { Make = Written("table-year-1899.csv", () => "id,level,title,kpi,target,targetYear\n1,施策,t,k,1,1899\n") },
        new("table-text-as-written.csv", new Loads("spaces, TAB and CR kept; one apostrophe dropped before apostrophes and a formula character, full-width ＝ included", p => p.Elements.Select(e => e.Title).SequenceEqual(["  =X ", "\tタブ", "\r改行", "＝全角", "''＝", "'-5", "-5", " 前後 "]))) { Make = Written("table-text-as-written.csv", () => "id,level,title\n1,施策,\"  =X \"\n2,施策,'\tタブ\n3,施策,\"'\r改行\"\n4,施策,'＝全角\n5,施策,'''＝\n6,施策,''-5\n7,施策,-5\n8,施策, 前後 \n") },
        new("table-64mib-newlines.csv", new Loads("64 MiB of blank lines read in bounded memory, one element", p => p.Elements.Count == 1)) { Make = Written("table-64mib-newlines.csv", () => "level,title\n施策,t\n" + new string('\n', (64 << 20) - 100)) },
        new("table-64mib-commas.csv", new Refused("row 2 has 67,108,7", "cells but the header names 2 columns") { Line = 2, Row = 2 }) { Make = Written("table-64mib-commas.csv", () => "level,title\n施策," + new string(',', (64 << 20) - 100)) },
        new("table-header-5000-columns.csv", new Refused("the header has 5,001 columns", "PlanLimits.MaxColumns") { Line = 1, Row = 1 }) { Make = Written("table-header-5000-columns.csv", () => "level,title" + new string(',', 4999) + "\n施策,t\n") },
        new("table-cell-over-limit-quoted.csv", new Refused("row 3", "PlanLimits.MaxStringBytes") { Line = 3, Row = 3 }) { Make = Written("table-cell-over-limit-quoted.csv", () => $"level,title\n施策,t\n施策,\"{new string('\n', 1_100_000)}\"\n") },
        new("table-zero-width-space-header.csv", new Refused("the header has no 'title' column", "'ti\\u200Btle'") { Line = 1, Row = 1 }) { Make = Written("table-zero-width-space-header.csv", () => "level,ti\u200Btle\n施策,t\n") },
        new("table-bom-inside-header.csv", new Refused("the header has no 'level' column", "'\\uFEFFlevel'") { Line = 1, Row = 1 }) { Make = Written("table-bom-inside-header.csv", () => "title,\uFEFFlevel\nt,施策\n") },
        new("table-utf16le-nobom.csv", new Refused("UTF-16 (little-endian) without a byte order mark", "--encoding") { Line = 1 }) { Make = folder => { var p = Path.Combine(folder, "table-utf16le-nobom.csv"); File.WriteAllBytes(p, System.Text.Encoding.Unicode.GetBytes("level,title\n施策,t\n")); return p; } },
        new("table-utf16be-nobom.csv", new Refused("UTF-16 (big-endian) without a byte order mark") { Line = 1 }) { Make = folder => { var p = Path.Combine(folder, "table-utf16be-nobom.csv"); File.WriteAllBytes(p, System.Text.Encoding.BigEndianUnicode.GetBytes("level,title\n施策,t\n")); return p; } },
        new("table-code-normalising-to-nothing.csv", new Loads("a code that normalises to nothing never gives an empty id (the plan file could not hold it)", p => p.Elements.All(e => e.Id.Length > 0) && p.Elements[2].Id == "1")) { Make = Written("table-code-normalising-to-nothing.csv", () => "code,level,title\n\u0010,施策,a\n\u000B,施策,b\n1,施策,c\n") },
        new("table-nul.csv", new Loads("NUL kept", p => p.Elements[0].Title == "a\0b")),
        new("table-huge-cell.csv", new Refused("row 2", "PlanLimits.MaxStringBytes") { Line = 2, Row = 2 }) { Make = Written("table-huge-cell.csv", () => $"level,title\n施策,{new string('a', 1_100_000)}\n") },
        new("table-utf8-bom.csv", new Loads("BOM skipped", p => p.Elements[0].Title == "安心なまち")),
        new("table-utf16le-bom.csv", new Loads("UTF-16LE decoded", p => p.Elements[0].Title == "安心なまち")),
        new("table-utf16be-bom.csv", new Loads("UTF-16BE decoded", p => p.Elements[0].Title == "安心なまち")),
        new("table-shift-jis.csv", new Loads("Shift_JIS detected", p => Second(p).Title == Title && Second(p).Parent == "1")),
        new("table-shift-jis.csv", new Loads("Shift_JIS as declared", p => Second(p).Title == Title)) { Encoding = "shift_jis" },
        new("table-shift-jis.csv", new Refused("not valid utf-8", "offset")) { Encoding = "utf-8" },
    ];

    /// <summary>Each case by its index, as xunit theory data (the name shows in test results).</summary>
    public static TheoryData<int, string> Indexed()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < All.Count; i++)
        {
            data.Add(i, $"{All[i].Name}{(All[i].Encoding is { } e ? $" as {e}" : string.Empty)}");
        }

        return data;
    }
}
