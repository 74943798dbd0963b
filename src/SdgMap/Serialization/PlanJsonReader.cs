using System.Text.Json;
using SdgMap.Catalog;
using SdgMap.Model;

namespace SdgMap.Serialization;

/// <summary>
/// Reads a plan file with <see cref="Utf8JsonReader"/> directly, for valid files only: anything
/// the source-generated reader would refuse or read differently (an unknown, duplicate or missing
/// property, <c>null</c> where a value is required or as a list item, a value of the wrong kind, an
/// id the catalogue does not know, bad UTF-8, too deep) makes it decline, and
/// <see cref="PlanJson"/> then reads the file with the source-generated reader, whose exception
/// (message and location) stands. A test holds the two equal over generated plans and the hostile corpus.
/// </summary>
internal static class PlanJsonReader
{
    private static readonly StrictEnumConverter<SdgMarks> Marks = new();

    private static readonly StrictEnumConverter<LostField> LostFields = new();

    private delegate bool ValueReader<T>(ref Utf8JsonReader r, out T value);

    /// <summary>
    /// The plan and the line each element object starts on, or null when the file is not one this
    /// reader vouches for. Strings must be non-empty and at most <see cref="PlanLimits.Default"/>'s
    /// <see cref="PlanLimits.MaxStringBytes"/> long; <see cref="PlanJson"/> calls this only where the
    /// limit in force is no tighter, so a longer string merely sends the file to the reference reader.
    /// </summary>
    public static Plan? TryRead(ReadOnlySpan<byte> utf8Json, int maxDepth, out int[] elementLines)
    {
        elementLines = [];
        var r = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            if (!r.Read() || !PlanObject(ref r, out var plan, out var starts) || r.Read())
            {
                return null;
            }

            elementLines = Lines(utf8Json, starts);
            return plan;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The plan alone (<see cref="TryRead(ReadOnlySpan{byte}, int, out int[])"/>).</summary>
    public static Plan? TryRead(ReadOnlySpan<byte> utf8Json, int maxDepth) => TryRead(utf8Json, maxDepth, out _);

    /// <summary>1-based lines of the byte offsets <paramref name="starts"/> (ascending), counting newlines only between one offset and the next.</summary>
    private static int[] Lines(ReadOnlySpan<byte> utf8Json, List<int> starts)
    {
        var lines = new int[starts.Count];
        var line = 1;
        var counted = 0;
        for (var k = 0; k < lines.Length; k++)
        {
            line += utf8Json[counted..starts[k]].Count((byte)'\n');
            counted = starts[k];
            lines[k] = line;
        }

        return lines;
    }

    private static bool Once(ref int seen, int bit)
    {
        if ((seen & (1 << bit)) != 0)
        {
            return false;
        }

        seen |= 1 << bit;
        return true;
    }

    private static bool PlanObject(ref Utf8JsonReader r, out Plan? plan, out List<int> elementStarts)
    {
        plan = null;
        elementStarts = [];
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string? format = null, id = null, title = null;
        Municipality? municipality = null;
        FiscalPeriod? period = null;
        PlanSource? source = null;
        List<PlanLevel>? levels = null;
        List<PlanElement>? elements = null;
        List<Taxonomy>? taxonomies = null;
        List<string>? lost = null, notes = null;
        var seen = 0;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            bool ok;
            if (r.ValueTextEquals("format"u8)) { ok = Once(ref seen, 0) && r.Read() && Str(ref r, out format); }
            else if (r.ValueTextEquals("id"u8)) { ok = Once(ref seen, 1) && r.Read() && Str(ref r, out id); }
            else if (r.ValueTextEquals("municipality"u8)) { ok = Once(ref seen, 2) && r.Read() && MunicipalityObject(ref r, out municipality); }
            else if (r.ValueTextEquals("title"u8)) { ok = Once(ref seen, 3) && r.Read() && Str(ref r, out title); }
            else if (r.ValueTextEquals("period"u8)) { ok = Once(ref seen, 4) && r.Read() && Period(ref r, out period); }
            else if (r.ValueTextEquals("levels"u8)) { ok = Once(ref seen, 5) && r.Read() && List(ref r, Level, out levels); }
            else if (r.ValueTextEquals("taxonomies"u8)) { ok = Once(ref seen, 6) && r.Read() && List(ref r, TaxonomyObject, out taxonomies); }
            else if (r.ValueTextEquals("source"u8)) { ok = Once(ref seen, 7) && r.Read() && Source(ref r, out source); }
            else if (r.ValueTextEquals("lost"u8)) { ok = Once(ref seen, 8) && r.Read() && List(ref r, Str, out lost); }
            else if (r.ValueTextEquals("notes"u8)) { ok = Once(ref seen, 9) && r.Read() && List(ref r, Str, out notes); }
            else if (r.ValueTextEquals("elements"u8)) { ok = Once(ref seen, 10) && r.Read() && Elements(ref r, elementStarts, out elements); }
            else { ok = false; }

            if (!ok)
            {
                return false;
            }
        }

        if (r.TokenType != JsonTokenType.EndObject || format is null || id is null || municipality is null || title is null || levels is null || elements is null)
        {
            return false;
        }

        plan = new Plan
        {
            Format = format,
            Id = id,
            Municipality = municipality,
            Title = title,
            Period = period,
            Levels = levels,
            Taxonomies = taxonomies ?? [],
            Source = source,
            Lost = lost ?? [],
            Notes = notes ?? [],
            Elements = elements,
        };
        return true;
    }

    private static bool MunicipalityObject(ref Utf8JsonReader r, out Municipality? value)
    {
        value = null;
        string? name = null, nameEn = null, code = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var ok = r.ValueTextEquals("name"u8) ? Once(ref seen, 0) && r.Read() && Str(ref r, out name)
                : r.ValueTextEquals("nameEn"u8) ? Once(ref seen, 1) && r.Read() && OptStr(ref r, out nameEn)
                : r.ValueTextEquals("code"u8) && Once(ref seen, 2) && r.Read() && OptStr(ref r, out code);
            if (!ok)
            {
                return false;
            }
        }

        value = name is null ? null : new Municipality { Name = name, NameEn = nameEn, Code = code };
        return value is not null;
    }

    private static bool Period(ref Utf8JsonReader r, out FiscalPeriod? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        int? from = null, to = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var ok = r.ValueTextEquals("fromFiscalYear"u8) ? Once(ref seen, 0) && r.Read() && Int(ref r, out from)
                : r.ValueTextEquals("toFiscalYear"u8) && Once(ref seen, 1) && r.Read() && Int(ref r, out to);
            if (!ok)
            {
                return false;
            }
        }

        value = new FiscalPeriod { FromFiscalYear = from, ToFiscalYear = to };
        return true;
    }

    private static bool Source(ref Utf8JsonReader r, out PlanSource? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        string? file = null, document = null, note = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var ok = r.ValueTextEquals("file"u8) ? Once(ref seen, 0) && r.Read() && OptStr(ref r, out file)
                : r.ValueTextEquals("document"u8) ? Once(ref seen, 1) && r.Read() && OptStr(ref r, out document)
                : r.ValueTextEquals("note"u8) && Once(ref seen, 2) && r.Read() && OptStr(ref r, out note);
            if (!ok)
            {
                return false;
            }
        }

        value = new PlanSource { File = file, Document = document, Note = note };
        return true;
    }

    private static bool Level(ref Utf8JsonReader r, out PlanLevel value)
    {
        value = null!;
        string? name = null;
        List<string>? also = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var ok = r.ValueTextEquals("name"u8) ? Once(ref seen, 0) && r.Read() && Str(ref r, out name)
                : r.ValueTextEquals("alsoCalled"u8) && Once(ref seen, 1) && r.Read() && List(ref r, Str, out also);
            if (!ok)
            {
                return false;
            }
        }

        if (name is null)
        {
            return false;
        }

        value = new PlanLevel { Name = name, AlsoCalled = also ?? [] };
        return true;
    }

    private static bool TaxonomyObject(ref Utf8JsonReader r, out Taxonomy value)
    {
        value = null!;
        string? id = null, name = null, description = null;
        List<TaxonomyTerm>? terms = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var ok = r.ValueTextEquals("id"u8) ? Once(ref seen, 0) && r.Read() && Str(ref r, out id)
                : r.ValueTextEquals("name"u8) ? Once(ref seen, 1) && r.Read() && Str(ref r, out name)
                : r.ValueTextEquals("description"u8) ? Once(ref seen, 2) && r.Read() && OptStr(ref r, out description)
                : r.ValueTextEquals("terms"u8) && Once(ref seen, 3) && r.Read() && List(ref r, Term, out terms);
            if (!ok)
            {
                return false;
            }
        }

        if (id is null || name is null || terms is null)
        {
            return false;
        }

        value = new Taxonomy { Id = id, Name = name, Description = description, Terms = terms };
        return true;
    }

    private static bool Term(ref Utf8JsonReader r, out TaxonomyTerm value)
    {
        value = null!;
        string? id = null, label = null, mark = null, description = null;
        List<string>? keywords = null;
        List<TermMember>? members = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var ok = r.ValueTextEquals("id"u8) ? Once(ref seen, 0) && r.Read() && Str(ref r, out id)
                : r.ValueTextEquals("label"u8) ? Once(ref seen, 1) && r.Read() && Str(ref r, out label)
                : r.ValueTextEquals("printedMark"u8) ? Once(ref seen, 2) && r.Read() && OptStr(ref r, out mark)
                : r.ValueTextEquals("description"u8) ? Once(ref seen, 3) && r.Read() && OptStr(ref r, out description)
                : r.ValueTextEquals("keywords"u8) ? Once(ref seen, 4) && r.Read() && List(ref r, Str, out keywords)
                : r.ValueTextEquals("members"u8) && Once(ref seen, 5) && r.Read() && List(ref r, Member, out members);
            if (!ok)
            {
                return false;
            }
        }

        if (id is null || label is null)
        {
            return false;
        }

        value = new TaxonomyTerm { Id = id, Label = label, PrintedMark = mark, Description = description, Keywords = keywords ?? [], Members = members ?? [] };
        return true;
    }

    private static bool Member(ref Utf8JsonReader r, out TermMember value)
    {
        value = null!;
        if (!Printed(ref r, "element"u8, out var element, out var kind, out var code, out var title, allowKind: false) || element is null)
        {
            return false;
        }

        value = new TermMember { Element = element, PrintedCode = code, PrintedTitle = title };
        return kind is null;
    }

    private static bool Reference(ref Utf8JsonReader r, out ElementReference value)
    {
        value = null!;
        if (!Printed(ref r, "element"u8, out var element, out var kind, out var code, out var title, allowKind: true) || element is null)
        {
            return false;
        }

        value = new ElementReference { Element = element, Kind = kind, PrintedCode = code, PrintedTitle = title };
        return true;
    }

    /// <summary>The shape term members and references share: an element id, printed code and title (and for references a kind).</summary>
    private static bool Printed(ref Utf8JsonReader r, ReadOnlySpan<byte> elementName, out string? element, out string? kind, out string? code, out string? title, bool allowKind)
    {
        element = kind = code = title = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var ok = r.ValueTextEquals(elementName) ? Once(ref seen, 0) && r.Read() && Str(ref r, out element)
                : allowKind && r.ValueTextEquals("kind"u8) ? Once(ref seen, 1) && r.Read() && OptStr(ref r, out kind)
                : r.ValueTextEquals("printedCode"u8) ? Once(ref seen, 2) && r.Read() && OptStr(ref r, out code)
                : r.ValueTextEquals("printedTitle"u8) && Once(ref seen, 3) && r.Read() && OptStr(ref r, out title);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Element(ref Utf8JsonReader r, out PlanElement value)
    {
        value = null!;
        string? id = null, code = null, level = null, title = null, parent = null, description = null;
        LabelledText? state = null;
        List<LabelledText>? sections = null;
        List<SdgId>? sdg = null;
        SdgMarks? marks = null;
        List<Tag>? tags = null;
        SuggestedLinks? suggested = null;
        ReviewRecord? review = null;
        List<ElementReference>? references = null;
        List<Kpi>? kpis = null;
        List<string>? related = null, notes = null;
        var priority = false;
        List<CodeVariant>? variants = null;
        List<LostField>? lost = null;
        SourceLocation? source = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            bool ok;
            if (r.ValueTextEquals("id"u8)) { ok = Once(ref seen, 0) && r.Read() && Str(ref r, out id); }
            else if (r.ValueTextEquals("code"u8)) { ok = Once(ref seen, 1) && r.Read() && OptStr(ref r, out code); }
            else if (r.ValueTextEquals("level"u8)) { ok = Once(ref seen, 2) && r.Read() && Str(ref r, out level); }
            else if (r.ValueTextEquals("title"u8)) { ok = Once(ref seen, 3) && r.Read() && OptStr(ref r, out title); }
            else if (r.ValueTextEquals("parent"u8)) { ok = Once(ref seen, 4) && r.Read() && OptStr(ref r, out parent); }
            else if (r.ValueTextEquals("targetState"u8)) { ok = Once(ref seen, 5) && r.Read() && (r.TokenType == JsonTokenType.Null || Labelled(ref r, out state!)); }
            else if (r.ValueTextEquals("description"u8)) { ok = Once(ref seen, 6) && r.Read() && OptStr(ref r, out description); }
            else if (r.ValueTextEquals("sections"u8)) { ok = Once(ref seen, 7) && r.Read() && List(ref r, Labelled, out sections); }
            else if (r.ValueTextEquals("sdg"u8)) { ok = Once(ref seen, 8) && r.Read() && List(ref r, Sdg, out sdg); }
            else if (r.ValueTextEquals("sdgMarks"u8)) { ok = Once(ref seen, 9) && r.Read() && (r.TokenType == JsonTokenType.Null || Enum(ref r, Marks, out marks)); }
            else if (r.ValueTextEquals("tags"u8)) { ok = Once(ref seen, 10) && r.Read() && List(ref r, TagValue, out tags); }
            else if (r.ValueTextEquals("suggested"u8)) { ok = Once(ref seen, 11) && r.Read() && (r.TokenType == JsonTokenType.Null || Suggested(ref r, out suggested)); }
            else if (r.ValueTextEquals("review"u8)) { ok = Once(ref seen, 12) && r.Read() && (r.TokenType == JsonTokenType.Null || Review(ref r, out review)); }
            else if (r.ValueTextEquals("references"u8)) { ok = Once(ref seen, 13) && r.Read() && List(ref r, Reference, out references); }
            else if (r.ValueTextEquals("kpis"u8)) { ok = Once(ref seen, 14) && r.Read() && List(ref r, KpiObject, out kpis); }
            else if (r.ValueTextEquals("relatedPlans"u8)) { ok = Once(ref seen, 15) && r.Read() && List(ref r, Str, out related); }
            else if (r.ValueTextEquals("priority"u8)) { ok = Once(ref seen, 16) && r.Read() && Bool(ref r, out priority); }
            else if (r.ValueTextEquals("variants"u8)) { ok = Once(ref seen, 17) && r.Read() && List(ref r, Variant, out variants); }
            else if (r.ValueTextEquals("lost"u8)) { ok = Once(ref seen, 18) && r.Read() && List(ref r, LostValue, out lost); }
            else if (r.ValueTextEquals("source"u8)) { ok = Once(ref seen, 19) && r.Read() && Location(ref r, out source); }
            else if (r.ValueTextEquals("notes"u8)) { ok = Once(ref seen, 20) && r.Read() && List(ref r, Str, out notes); }
            else { ok = false; }

            if (!ok)
            {
                return false;
            }
        }

        if (id is null || level is null)
        {
            return false;
        }

        value = new PlanElement
        {
            Id = id,
            Code = code,
            Level = level,
            Title = title,
            Parent = parent,
            TargetState = state,
            Description = description,
            Sections = sections ?? [],
            Sdg = sdg ?? [],
            SdgMarks = marks,
            Tags = tags ?? [],
            Suggested = suggested,
            Review = review,
            References = references ?? [],
            Kpis = kpis ?? [],
            RelatedPlans = related ?? [],
            Priority = priority,
            Variants = variants ?? [],
            Lost = lost ?? [],
            Source = source,
            Notes = notes ?? [],
        };
        return true;
    }

    private static bool Labelled(ref Utf8JsonReader r, out LabelledText value)
    {
        value = null!;
        string? label = null, text = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var ok = r.ValueTextEquals("label"u8) ? Once(ref seen, 0) && r.Read() && OptStr(ref r, out label)
                : r.ValueTextEquals("text"u8) && Once(ref seen, 1) && r.Read() && Str(ref r, out text);
            if (!ok)
            {
                return false;
            }
        }

        if (text is null)
        {
            return false;
        }

        value = new LabelledText { Label = label, Text = text };
        return true;
    }

    private static bool Suggested(ref Utf8JsonReader r, out SuggestedLinks? value)
    {
        value = null;
        List<SuggestedSdgLink>? sdg = null;
        List<SuggestedTag>? tags = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var ok = r.ValueTextEquals("sdg"u8) ? Once(ref seen, 0) && r.Read() && List(ref r, SuggestedSdg, out sdg)
                : r.ValueTextEquals("tags"u8) && Once(ref seen, 1) && r.Read() && List(ref r, SuggestedTagObject, out tags);
            if (!ok)
            {
                return false;
            }
        }

        value = new SuggestedLinks { Sdg = sdg ?? [], Tags = tags ?? [] };
        return true;
    }

    private static bool SuggestedSdg(ref Utf8JsonReader r, out SuggestedSdgLink value)
    {
        value = null!;
        SdgId? id = null;
        if (!Suggestion(ref r, "id"u8, ref id, out var by, out var confidence, out var method, out var evidence) || id is not { } sdg)
        {
            return false;
        }

        value = new SuggestedSdgLink { Id = sdg, By = by, Confidence = confidence, Method = method, Evidence = evidence ?? [] };
        return true;
    }

    private static bool SuggestedTagObject(ref Utf8JsonReader r, out SuggestedTag value)
    {
        value = null!;
        SdgId? none = null;
        Tag? tag = null;
        if (!Suggestion(ref r, "tag"u8, ref none, out var by, out var confidence, out var method, out var evidence, tagFound: t => tag = t) || tag is not { } found)
        {
            return false;
        }

        value = new SuggestedTag { Tag = found, By = by, Confidence = confidence, Method = method, Evidence = evidence ?? [] };
        return true;
    }

    /// <summary>The members a suggested link and a suggested tag share; the key (<c>id</c> or <c>tag</c>) is read into <paramref name="id"/> or given to <paramref name="tagFound"/>.</summary>
    private static bool Suggestion(ref Utf8JsonReader r, ReadOnlySpan<byte> key, ref SdgId? id, out string? by, out double? confidence, out string? method, out List<SuggestionEvidence>? evidence, Action<Tag>? tagFound = null)
    {
        by = method = null;
        confidence = null;
        evidence = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            bool ok;
            if (r.ValueTextEquals(key))
            {
                ok = Once(ref seen, 0) && r.Read();
                if (ok && tagFound is null)
                {
                    ok = Sdg(ref r, out var sdg);
                    id = sdg;
                }
                else if (ok)
                {
                    ok = TagValue(ref r, out var tag);
                    tagFound!(tag);
                }
            }
            else if (r.ValueTextEquals("by"u8)) { ok = Once(ref seen, 1) && r.Read() && OptStr(ref r, out by); }
            else if (r.ValueTextEquals("confidence"u8)) { ok = Once(ref seen, 2) && r.Read() && Double(ref r, out confidence); }
            else if (r.ValueTextEquals("method"u8)) { ok = Once(ref seen, 3) && r.Read() && OptStr(ref r, out method); }
            else if (r.ValueTextEquals("evidence"u8)) { ok = Once(ref seen, 4) && r.Read() && List(ref r, Evidence, out evidence); }
            else { ok = false; }

            if (!ok)
            {
                return false;
            }
        }

        return (seen & 1) != 0;
    }

    private static bool Evidence(ref Utf8JsonReader r, out SuggestionEvidence value)
    {
        value = null!;
        string? field = null, element = null, text = null, matched = null;
        int? start = null, length = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var ok = r.ValueTextEquals("field"u8) ? Once(ref seen, 0) && r.Read() && Str(ref r, out field)
                : r.ValueTextEquals("element"u8) ? Once(ref seen, 1) && r.Read() && OptStr(ref r, out element)
                : r.ValueTextEquals("start"u8) ? Once(ref seen, 2) && r.Read() && Int(ref r, out start) && start is not null
                : r.ValueTextEquals("length"u8) ? Once(ref seen, 3) && r.Read() && Int(ref r, out length) && length is not null
                : r.ValueTextEquals("text"u8) ? Once(ref seen, 4) && r.Read() && Str(ref r, out text)
                : r.ValueTextEquals("matched"u8) && Once(ref seen, 5) && r.Read() && Str(ref r, out matched);
            if (!ok)
            {
                return false;
            }
        }

        if (field is null || text is null || matched is null)
        {
            return false;
        }

        value = new SuggestionEvidence { Field = field, Element = element, Start = start ?? 0, Length = length ?? 0, Text = text, Matched = matched };
        return true;
    }

    private static bool Review(ref Utf8JsonReader r, out ReviewRecord? value)
    {
        value = null;
        List<ReviewDecision>? accepted = null, rejected = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var ok = r.ValueTextEquals("accepted"u8) ? Once(ref seen, 0) && r.Read() && List(ref r, Decision, out accepted)
                : r.ValueTextEquals("rejected"u8) && Once(ref seen, 1) && r.Read() && List(ref r, Decision, out rejected);
            if (!ok)
            {
                return false;
            }
        }

        value = new ReviewRecord { Accepted = accepted ?? [], Rejected = rejected ?? [] };
        return true;
    }

    private static bool Decision(ref Utf8JsonReader r, out ReviewDecision value)
    {
        value = null!;
        SdgId? sdg = null;
        Tag? tag = null;
        string? by = null, on = null, note = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            bool ok;
            if (r.ValueTextEquals("sdg"u8)) { ok = Once(ref seen, 0) && r.Read() && (r.TokenType == JsonTokenType.Null || (Sdg(ref r, out var id) && (sdg = id) is not null)); }
            else if (r.ValueTextEquals("tag"u8)) { ok = Once(ref seen, 1) && r.Read() && (r.TokenType == JsonTokenType.Null || (TagValue(ref r, out var t) && (tag = t) is not null)); }
            else if (r.ValueTextEquals("by"u8)) { ok = Once(ref seen, 2) && r.Read() && OptStr(ref r, out by); }
            else if (r.ValueTextEquals("on"u8)) { ok = Once(ref seen, 3) && r.Read() && OptStr(ref r, out on); }
            else if (r.ValueTextEquals("note"u8)) { ok = Once(ref seen, 4) && r.Read() && OptStr(ref r, out note); }
            else { ok = false; }

            if (!ok)
            {
                return false;
            }
        }

        value = new ReviewDecision { Sdg = sdg, Tag = tag, By = by, On = on, Note = note };
        return true;
    }

    private static bool KpiObject(ref Utf8JsonReader r, out Kpi value)
    {
        value = null!;
        string? id = null, name = null, unit = null, repostOf = null;
        KpiMeasurement? baseline = null, target = null;
        var repost = false;
        List<string>? notes = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var ok = r.ValueTextEquals("id"u8) ? Once(ref seen, 0) && r.Read() && Str(ref r, out id)
                : r.ValueTextEquals("name"u8) ? Once(ref seen, 1) && r.Read() && Str(ref r, out name)
                : r.ValueTextEquals("unit"u8) ? Once(ref seen, 2) && r.Read() && OptStr(ref r, out unit)
                : r.ValueTextEquals("baseline"u8) ? Once(ref seen, 3) && r.Read() && Measurement(ref r, out baseline)
                : r.ValueTextEquals("target"u8) ? Once(ref seen, 4) && r.Read() && Measurement(ref r, out target)
                : r.ValueTextEquals("isRepost"u8) ? Once(ref seen, 5) && r.Read() && Bool(ref r, out repost)
                : r.ValueTextEquals("repostOf"u8) ? Once(ref seen, 6) && r.Read() && OptStr(ref r, out repostOf)
                : r.ValueTextEquals("notes"u8) && Once(ref seen, 7) && r.Read() && List(ref r, Str, out notes);
            if (!ok)
            {
                return false;
            }
        }

        if (id is null || name is null)
        {
            return false;
        }

        value = new Kpi { Id = id, Name = name, Unit = unit, Baseline = baseline, Target = target, IsRepost = repost, RepostOf = repostOf, Notes = notes ?? [] };
        return true;
    }

    private static bool Measurement(ref Utf8JsonReader r, out KpiMeasurement? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        string? text = null;
        int? year = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var ok = r.ValueTextEquals("value"u8) ? Once(ref seen, 0) && r.Read() && OptStr(ref r, out text)
                : r.ValueTextEquals("fiscalYear"u8) && Once(ref seen, 1) && r.Read() && Int(ref r, out year);
            if (!ok)
            {
                return false;
            }
        }

        value = new KpiMeasurement { Value = text, FiscalYear = year };
        return true;
    }

    private static bool Variant(ref Utf8JsonReader r, out CodeVariant value)
    {
        value = null!;
        string? code = null, title = null;
        int? line = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var ok = r.ValueTextEquals("code"u8) ? Once(ref seen, 0) && r.Read() && OptStr(ref r, out code)
                : r.ValueTextEquals("title"u8) ? Once(ref seen, 1) && r.Read() && OptStr(ref r, out title)
                : r.ValueTextEquals("line"u8) && Once(ref seen, 2) && r.Read() && Int(ref r, out line);
            if (!ok)
            {
                return false;
            }
        }

        value = new CodeVariant { Code = code, Title = title, Line = line };
        return true;
    }

    private static bool Location(ref Utf8JsonReader r, out SourceLocation? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        int? line = null;
        string? page = null;
        var seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var ok = r.ValueTextEquals("line"u8) ? Once(ref seen, 0) && r.Read() && Int(ref r, out line)
                : r.ValueTextEquals("page"u8) && Once(ref seen, 1) && r.Read() && OptStr(ref r, out page);
            if (!ok)
            {
                return false;
            }
        }

        value = new SourceLocation { Line = line, Page = page };
        return true;
    }

    /// <summary>The elements, noting where each element object starts (its byte offset) for its line.</summary>
    private static bool Elements(ref Utf8JsonReader r, List<int> starts, out List<PlanElement>? values)
    {
        values = null;
        if (r.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var list = new List<PlanElement>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            starts.Add(checked((int)r.TokenStartIndex));
            if (r.TokenType == JsonTokenType.Null || !Element(ref r, out var value))
            {
                return false;
            }

            list.Add(value);
        }

        values = list;
        return true;
    }

    private static bool List<T>(ref Utf8JsonReader r, ValueReader<T> item, out List<T>? values)
    {
        values = null;
        if (r.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var list = new List<T>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (r.TokenType == JsonTokenType.Null || !item(ref r, out var value))
            {
                return false;
            }

            list.Add(value);
        }

        values = list;
        return true;
    }

    /// <summary>
    /// A string the plan reader keeps as it is written: not empty (the schema's strings have a
    /// length of at least 1) and within the default string limit; anything else goes to the
    /// reference reader, whose checks then refuse it with the file's location.
    /// </summary>
    private static bool Plain(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.String && !r.ValueSpan.IsEmpty && r.ValueSpan.Length <= PlanLimits.Default.MaxStringBytes;

    private static bool Str(ref Utf8JsonReader r, out string value)
    {
        value = null!;
        if (!Plain(ref r))
        {
            return false;
        }

        value = r.GetString()!;
        return true;
    }

    private static bool OptStr(ref Utf8JsonReader r, out string? value)
    {
        value = null;
        return r.TokenType == JsonTokenType.Null || Str(ref r, out value!);
    }

    private static bool Int(ref Utf8JsonReader r, out int? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.Number || !r.TryGetInt32(out var n))
        {
            return false;
        }

        value = n;
        return true;
    }

    private static bool Double(ref Utf8JsonReader r, out double? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.Number || !r.TryGetDouble(out var n))
        {
            return false;
        }

        value = n;
        return true;
    }

    private static bool Bool(ref Utf8JsonReader r, out bool value)
    {
        value = r.TokenType == JsonTokenType.True;
        return r.TokenType is JsonTokenType.True or JsonTokenType.False;
    }

    private static bool Sdg(ref Utf8JsonReader r, out SdgId value)
    {
        value = default;
        return Plain(ref r) && SdgId.TryParse(r.GetString(), out value, out _);
    }

    private static bool TagValue(ref Utf8JsonReader r, out Tag value)
    {
        value = default;
        return Plain(ref r) && Tag.TryParse(r.GetString(), out value);
    }

    private static bool LostValue(ref Utf8JsonReader r, out LostField value)
    {
        value = default;
        if (!Plain(ref r))
        {
            return false;
        }

        value = LostFields.Read(ref r, typeof(LostField), null!);
        return true;
    }

    private static bool Enum<TEnum>(ref Utf8JsonReader r, StrictEnumConverter<TEnum> converter, out TEnum? value)
        where TEnum : struct, System.Enum
    {
        value = null;
        if (r.TokenType == JsonTokenType.String && !Plain(ref r))
        {
            return false;
        }

        value = converter.Read(ref r, typeof(TEnum), null!);
        return true;
    }
}
