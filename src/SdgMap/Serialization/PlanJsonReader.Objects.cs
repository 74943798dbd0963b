using System.Text.Json;
using SdgMap.Catalog;
using SdgMap.Collections;
using SdgMap.Model;

namespace SdgMap.Serialization;

/// <summary>
/// The fields of each object of the plan format as <see cref="PlanJsonReader"/> gathers them: one
/// bit of <c>_seen</c> a property, so a property written twice declines the file, and the required
/// properties checked when the record is built.
/// </summary>
internal static partial class PlanJsonReader
{
    private struct PlanFields : IObjectFields<Plan>
    {
        private string? _format, _id, _title;
        private Municipality? _municipality;
        private FiscalPeriod? _period;
        private PlanSource? _source;
        private ValueList<PlanLevel>? _levels;
        private ValueList<PlanElement>? _elements;
        private ValueList<Taxonomy>? _taxonomies;
        private ValueList<string>? _lost, _notes;
        private int _seen;

        public PlanFields(SharedStrings shared)
        {
            Shared = shared;
            ElementStarts = [];
        }

        /// <summary>Where the elements' ids, codes, parents and level names are shared.</summary>
        public SharedStrings Shared { get; }

        /// <summary>The byte offset each element object starts at, in file order.</summary>
        public List<int> ElementStarts { get; }

        public bool Property(ref Utf8JsonReader r)
        {
            if (r.ValueTextEquals("format"u8)) { return Next(ref r, ref _seen, 0) && Str(ref r, out _format); }
            if (r.ValueTextEquals("id"u8)) { return Next(ref r, ref _seen, 1) && Str(ref r, out _id); }
            if (r.ValueTextEquals("municipality"u8)) { return Next(ref r, ref _seen, 2) && Object<MunicipalityFields, Municipality>(ref r, out _municipality); }
            if (r.ValueTextEquals("title"u8)) { return Next(ref r, ref _seen, 3) && Str(ref r, out _title); }
            if (r.ValueTextEquals("period"u8)) { return Next(ref r, ref _seen, 4) && NullOr<PeriodFields, FiscalPeriod>(ref r, out _period); }
            if (r.ValueTextEquals("levels"u8)) { return Next(ref r, ref _seen, 5) && List(ref r, Object<LevelFields, PlanLevel>, out _levels); }
            if (r.ValueTextEquals("taxonomies"u8)) { return Next(ref r, ref _seen, 6) && List(ref r, Object<TaxonomyFields, Taxonomy>, out _taxonomies); }
            if (r.ValueTextEquals("source"u8)) { return Next(ref r, ref _seen, 7) && NullOr<SourceFields, PlanSource>(ref r, out _source); }
            if (r.ValueTextEquals("lost"u8)) { return Next(ref r, ref _seen, 8) && List(ref r, Str, out _lost); }
            if (r.ValueTextEquals("notes"u8)) { return Next(ref r, ref _seen, 9) && List(ref r, Str, out _notes); }
            if (r.ValueTextEquals("elements"u8)) { return Next(ref r, ref _seen, 10) && Elements(ref r, ElementStarts, Shared, out _elements); }
            return false;
        }

        public readonly bool TryBuild(out Plan value)
        {
            value = null!;
            if (_format is null || _id is null || _municipality is null || _title is null || _levels is null || _elements is null)
            {
                return false;
            }

            value = new Plan
            {
                Format = _format,
                Id = _id,
                Municipality = _municipality,
                Title = _title,
                Period = _period,
                Levels = _levels,
                Taxonomies = OrEmpty(_taxonomies),
                Source = _source,
                Lost = OrEmpty(_lost),
                Notes = OrEmpty(_notes),
                Elements = _elements,
            };
            return true;
        }
    }

    private struct MunicipalityFields : IObjectFields<Municipality>
    {
        private string? _name, _nameEn, _code;
        private int _seen;

        public bool Property(ref Utf8JsonReader r) =>
            r.ValueTextEquals("name"u8) ? Next(ref r, ref _seen, 0) && Str(ref r, out _name)
            : r.ValueTextEquals("nameEn"u8) ? Next(ref r, ref _seen, 1) && OptStr(ref r, out _nameEn)
            : r.ValueTextEquals("code"u8) && Next(ref r, ref _seen, 2) && OptStr(ref r, out _code);

        public readonly bool TryBuild(out Municipality value)
        {
            value = _name is null ? null! : new Municipality { Name = _name, NameEn = _nameEn, Code = _code };
            return _name is not null;
        }
    }

    private struct PeriodFields : IObjectFields<FiscalPeriod>
    {
        private int? _from, _to;
        private int _seen;

        public bool Property(ref Utf8JsonReader r) =>
            r.ValueTextEquals("fromFiscalYear"u8) ? Next(ref r, ref _seen, 0) && Int(ref r, out _from)
            : r.ValueTextEquals("toFiscalYear"u8) && Next(ref r, ref _seen, 1) && Int(ref r, out _to);

        public readonly bool TryBuild(out FiscalPeriod value)
        {
            value = new FiscalPeriod { FromFiscalYear = _from, ToFiscalYear = _to };
            return true;
        }
    }

    private struct SourceFields : IObjectFields<PlanSource>
    {
        private string? _file, _document, _note;
        private int _seen;

        public bool Property(ref Utf8JsonReader r) =>
            r.ValueTextEquals("file"u8) ? Next(ref r, ref _seen, 0) && OptStr(ref r, out _file)
            : r.ValueTextEquals("document"u8) ? Next(ref r, ref _seen, 1) && OptStr(ref r, out _document)
            : r.ValueTextEquals("note"u8) && Next(ref r, ref _seen, 2) && OptStr(ref r, out _note);

        public readonly bool TryBuild(out PlanSource value)
        {
            value = new PlanSource { File = _file, Document = _document, Note = _note };
            return true;
        }
    }

    private struct LevelFields : IObjectFields<PlanLevel>
    {
        private string? _name;
        private ValueList<string>? _alsoCalled;
        private int _seen;

        public bool Property(ref Utf8JsonReader r) =>
            r.ValueTextEquals("name"u8) ? Next(ref r, ref _seen, 0) && Str(ref r, out _name)
            : r.ValueTextEquals("alsoCalled"u8) && Next(ref r, ref _seen, 1) && List(ref r, Str, out _alsoCalled);

        public readonly bool TryBuild(out PlanLevel value)
        {
            value = _name is null ? null! : new PlanLevel { Name = _name, AlsoCalled = OrEmpty(_alsoCalled) };
            return _name is not null;
        }
    }

    private struct TaxonomyFields : IObjectFields<Taxonomy>
    {
        private string? _id, _name, _description;
        private ValueList<TaxonomyTerm>? _terms;
        private int _seen;

        public bool Property(ref Utf8JsonReader r) =>
            r.ValueTextEquals("id"u8) ? Next(ref r, ref _seen, 0) && Str(ref r, out _id)
            : r.ValueTextEquals("name"u8) ? Next(ref r, ref _seen, 1) && Str(ref r, out _name)
            : r.ValueTextEquals("description"u8) ? Next(ref r, ref _seen, 2) && OptStr(ref r, out _description)
            : r.ValueTextEquals("terms"u8) && Next(ref r, ref _seen, 3) && List(ref r, Object<TermFields, TaxonomyTerm>, out _terms);

        public readonly bool TryBuild(out Taxonomy value)
        {
            var complete = _id is not null && _name is not null && _terms is not null;
            value = complete ? new Taxonomy { Id = _id!, Name = _name!, Description = _description, Terms = _terms! } : null!;
            return complete;
        }
    }

    private struct TermFields : IObjectFields<TaxonomyTerm>
    {
        private string? _id, _label, _printedMark, _description;
        private ValueList<string>? _keywords;
        private ValueList<TermMember>? _members;
        private int _seen;

        public bool Property(ref Utf8JsonReader r) =>
            r.ValueTextEquals("id"u8) ? Next(ref r, ref _seen, 0) && Str(ref r, out _id)
            : r.ValueTextEquals("label"u8) ? Next(ref r, ref _seen, 1) && Str(ref r, out _label)
            : r.ValueTextEquals("printedMark"u8) ? Next(ref r, ref _seen, 2) && OptStr(ref r, out _printedMark)
            : r.ValueTextEquals("description"u8) ? Next(ref r, ref _seen, 3) && OptStr(ref r, out _description)
            : r.ValueTextEquals("keywords"u8) ? Next(ref r, ref _seen, 4) && List(ref r, Str, out _keywords)
            : r.ValueTextEquals("members"u8) && Next(ref r, ref _seen, 5) && List(ref r, Object<MemberFields, TermMember>, out _members);

        public readonly bool TryBuild(out TaxonomyTerm value)
        {
            var complete = _id is not null && _label is not null;
            value = complete
                ? new TaxonomyTerm { Id = _id!, Label = _label!, PrintedMark = _printedMark, Description = _description, Keywords = OrEmpty(_keywords), Members = OrEmpty(_members) }
                : null!;
            return complete;
        }
    }

    /// <summary>What term members and element references share: the element's id and the code and title printed beside it.</summary>
    private struct PrintedFields
    {
        public string? Element, Code, Title;
        private int _seen;

        public bool Property(ref Utf8JsonReader r) =>
            r.ValueTextEquals("element"u8) ? Next(ref r, ref _seen, 0) && Str(ref r, out Element)
            : r.ValueTextEquals("printedCode"u8) ? Next(ref r, ref _seen, 1) && OptStr(ref r, out Code)
            : r.ValueTextEquals("printedTitle"u8) && Next(ref r, ref _seen, 2) && OptStr(ref r, out Title);
    }

    private struct MemberFields : IObjectFields<TermMember>
    {
        private PrintedFields _printed;

        public bool Property(ref Utf8JsonReader r) => _printed.Property(ref r);

        public readonly bool TryBuild(out TermMember value)
        {
            value = _printed.Element is null ? null! : new TermMember { Element = _printed.Element, PrintedCode = _printed.Code, PrintedTitle = _printed.Title };
            return _printed.Element is not null;
        }
    }

    private struct ReferenceFields : IObjectFields<ElementReference>
    {
        private PrintedFields _printed;
        private string? _kind;
        private bool _kindSeen;

        public bool Property(ref Utf8JsonReader r)
        {
            if (!r.ValueTextEquals("kind"u8))
            {
                return _printed.Property(ref r);
            }

            var first = !_kindSeen;
            _kindSeen = true;
            return first && r.Read() && OptStr(ref r, out _kind);
        }

        public readonly bool TryBuild(out ElementReference value)
        {
            value = _printed.Element is null
                ? null!
                : new ElementReference { Element = _printed.Element, Kind = _kind, PrintedCode = _printed.Code, PrintedTitle = _printed.Title };
            return _printed.Element is not null;
        }
    }

    private struct ElementFields : IObjectFields<PlanElement>
    {
        private string? _id, _code, _level, _title, _parent, _description;
        private LabelledText? _targetState;
        private ValueList<LabelledText>? _sections;
        private ValueList<SdgId>? _sdg;
        private SdgMarks? _sdgMarks;
        private ValueList<Tag>? _tags;
        private SuggestedLinks? _suggested;
        private ReviewRecord? _review;
        private ValueList<ElementReference>? _references;
        private ValueList<Kpi>? _kpis;
        private ValueList<string>? _relatedPlans, _notes;
        private bool _priority;
        private ValueList<CodeVariant>? _variants;
        private ValueList<LostField>? _lost;
        private SourceLocation? _source;
        private int _seen;
        private readonly SharedStrings _shared;

        public ElementFields(SharedStrings shared) => _shared = shared;

        public bool Property(ref Utf8JsonReader r)
        {
            if (r.ValueTextEquals("id"u8)) { return Next(ref r, ref _seen, 0) && Str(ref r, _shared, out _id); }
            if (r.ValueTextEquals("code"u8)) { return Next(ref r, ref _seen, 1) && OptStr(ref r, _shared, out _code); }
            if (r.ValueTextEquals("level"u8)) { return Next(ref r, ref _seen, 2) && Str(ref r, _shared, out _level); }
            if (r.ValueTextEquals("title"u8)) { return Next(ref r, ref _seen, 3) && OptStr(ref r, out _title); }
            if (r.ValueTextEquals("parent"u8)) { return Next(ref r, ref _seen, 4) && OptStr(ref r, _shared, out _parent); }
            if (r.ValueTextEquals("targetState"u8)) { return Next(ref r, ref _seen, 5) && NullOr<LabelledFields, LabelledText>(ref r, out _targetState); }
            if (r.ValueTextEquals("description"u8)) { return Next(ref r, ref _seen, 6) && OptStr(ref r, out _description); }
            if (r.ValueTextEquals("sections"u8)) { return Next(ref r, ref _seen, 7) && List(ref r, Object<LabelledFields, LabelledText>, out _sections); }
            if (r.ValueTextEquals("sdg"u8)) { return Next(ref r, ref _seen, 8) && List(ref r, Sdg, out _sdg); }
            if (r.ValueTextEquals("sdgMarks"u8)) { return Next(ref r, ref _seen, 9) && (r.TokenType == JsonTokenType.Null || Enum(ref r, Marks, out _sdgMarks)); }
            if (r.ValueTextEquals("tags"u8)) { return Next(ref r, ref _seen, 10) && Tags(ref r, _shared, out _tags); }
            if (r.ValueTextEquals("suggested"u8)) { return Next(ref r, ref _seen, 11) && NullOr<SuggestedFields, SuggestedLinks>(ref r, out _suggested); }
            if (r.ValueTextEquals("review"u8)) { return Next(ref r, ref _seen, 12) && NullOr<ReviewFields, ReviewRecord>(ref r, out _review); }
            if (r.ValueTextEquals("references"u8)) { return Next(ref r, ref _seen, 13) && List(ref r, Object<ReferenceFields, ElementReference>, out _references); }
            if (r.ValueTextEquals("kpis"u8)) { return Next(ref r, ref _seen, 14) && List(ref r, Object<KpiFields, Kpi>, out _kpis); }
            if (r.ValueTextEquals("relatedPlans"u8)) { return Next(ref r, ref _seen, 15) && List(ref r, Str, out _relatedPlans); }
            if (r.ValueTextEquals("priority"u8)) { return Next(ref r, ref _seen, 16) && Bool(ref r, out _priority); }
            if (r.ValueTextEquals("variants"u8)) { return Next(ref r, ref _seen, 17) && List(ref r, Object<VariantFields, CodeVariant>, out _variants); }
            if (r.ValueTextEquals("lost"u8)) { return Next(ref r, ref _seen, 18) && List(ref r, LostValue, out _lost); }
            if (r.ValueTextEquals("source"u8)) { return Next(ref r, ref _seen, 19) && NullOr<LocationFields, SourceLocation>(ref r, out _source); }
            if (r.ValueTextEquals("notes"u8)) { return Next(ref r, ref _seen, 20) && List(ref r, Str, out _notes); }
            return false;
        }

        public readonly bool TryBuild(out PlanElement value)
        {
            value = null!;
            if (_id is null || _level is null)
            {
                return false;
            }

            value = new PlanElement
            {
                Id = _id,
                Code = _code,
                Level = _level,
                Title = _title,
                Parent = _parent,
                Description = _description,
                Sdg = OrEmpty(_sdg),
                SdgMarks = _sdgMarks,
                Tags = OrEmpty(_tags),
                Priority = _priority,
                Details = ElementDetails.Of(_targetState, _sections, _suggested, _review, _references, _kpis, _relatedPlans, _variants, _lost, _source, _notes),
            };
            return true;
        }
    }

    private struct LabelledFields : IObjectFields<LabelledText>
    {
        private string? _label, _text;
        private int _seen;

        public bool Property(ref Utf8JsonReader r) =>
            r.ValueTextEquals("label"u8) ? Next(ref r, ref _seen, 0) && OptStr(ref r, out _label)
            : r.ValueTextEquals("text"u8) && Next(ref r, ref _seen, 1) && Str(ref r, out _text);

        public readonly bool TryBuild(out LabelledText value)
        {
            value = _text is null ? null! : new LabelledText { Label = _label, Text = _text };
            return _text is not null;
        }
    }

    private struct SuggestedFields : IObjectFields<SuggestedLinks>
    {
        private ValueList<SuggestedSdgLink>? _sdg;
        private ValueList<SuggestedTag>? _tags;
        private int _seen;

        public bool Property(ref Utf8JsonReader r) =>
            r.ValueTextEquals("sdg"u8) ? Next(ref r, ref _seen, 0) && List(ref r, Object<SuggestedSdgFields, SuggestedSdgLink>, out _sdg)
            : r.ValueTextEquals("tags"u8) && Next(ref r, ref _seen, 1) && List(ref r, Object<SuggestedTagFields, SuggestedTag>, out _tags);

        public readonly bool TryBuild(out SuggestedLinks value)
        {
            value = new SuggestedLinks { Sdg = OrEmpty(_sdg), Tags = OrEmpty(_tags) };
            return true;
        }
    }

    /// <summary>
    /// The members of a suggested link or tag: its key (<c>id</c> for an SDG, <c>tag</c> for a tag;
    /// the record being built refuses the other one), who suggested it, how sure, how, and why.
    /// </summary>
    private struct SuggestionFields
    {
        public SdgId? Id;
        public Tag? Tag;
        public string? By, Method;
        public double? Confidence;
        public ValueList<SuggestionEvidence>? Evidence;
        private int _seen;

        public bool Property(ref Utf8JsonReader r)
        {
            if (r.ValueTextEquals("id"u8)) { return Next(ref r, ref _seen, 0) && Sdg(ref r, out var id) && (Id = id) is not null; }
            if (r.ValueTextEquals("tag"u8)) { return Next(ref r, ref _seen, 1) && TagValue(ref r, out var tag) && (Tag = tag) is not null; }
            if (r.ValueTextEquals("by"u8)) { return Next(ref r, ref _seen, 2) && OptStr(ref r, out By); }
            if (r.ValueTextEquals("confidence"u8)) { return Next(ref r, ref _seen, 3) && Double(ref r, out Confidence); }
            if (r.ValueTextEquals("method"u8)) { return Next(ref r, ref _seen, 4) && OptStr(ref r, out Method); }
            return r.ValueTextEquals("evidence"u8) && Next(ref r, ref _seen, 5) && List(ref r, Object<EvidenceFields, SuggestionEvidence>, out Evidence);
        }
    }

    private struct SuggestedSdgFields : IObjectFields<SuggestedSdgLink>
    {
        private SuggestionFields _s;

        public bool Property(ref Utf8JsonReader r) => _s.Property(ref r);

        public readonly bool TryBuild(out SuggestedSdgLink value)
        {
            var complete = _s.Id is not null && _s.Tag is null;
            value = complete ? new SuggestedSdgLink { Id = _s.Id!.Value, By = _s.By, Confidence = _s.Confidence, Method = _s.Method, Evidence = OrEmpty(_s.Evidence) } : null!;
            return complete;
        }
    }

    private struct SuggestedTagFields : IObjectFields<SuggestedTag>
    {
        private SuggestionFields _s;

        public bool Property(ref Utf8JsonReader r) => _s.Property(ref r);

        public readonly bool TryBuild(out SuggestedTag value)
        {
            var complete = _s.Tag is not null && _s.Id is null;
            value = complete ? new SuggestedTag { Tag = _s.Tag!.Value, By = _s.By, Confidence = _s.Confidence, Method = _s.Method, Evidence = OrEmpty(_s.Evidence) } : null!;
            return complete;
        }
    }

    private struct EvidenceFields : IObjectFields<SuggestionEvidence>
    {
        private string? _field, _element, _text, _matched;
        private int? _start, _length;
        private int _seen;

        public bool Property(ref Utf8JsonReader r) =>
            r.ValueTextEquals("field"u8) ? Next(ref r, ref _seen, 0) && Str(ref r, out _field)
            : r.ValueTextEquals("element"u8) ? Next(ref r, ref _seen, 1) && OptStr(ref r, out _element)
            : r.ValueTextEquals("start"u8) ? Next(ref r, ref _seen, 2) && Int(ref r, out _start) && _start is not null
            : r.ValueTextEquals("length"u8) ? Next(ref r, ref _seen, 3) && Int(ref r, out _length) && _length is not null
            : r.ValueTextEquals("text"u8) ? Next(ref r, ref _seen, 4) && Str(ref r, out _text)
            : r.ValueTextEquals("matched"u8) && Next(ref r, ref _seen, 5) && Str(ref r, out _matched);

        public readonly bool TryBuild(out SuggestionEvidence value)
        {
            var complete = _field is not null && _text is not null && _matched is not null;
            value = complete
                ? new SuggestionEvidence { Field = _field!, Element = _element, Start = _start ?? 0, Length = _length ?? 0, Text = _text!, Matched = _matched! }
                : null!;
            return complete;
        }
    }

    private struct ReviewFields : IObjectFields<ReviewRecord>
    {
        private ValueList<ReviewDecision>? _accepted, _rejected;
        private int _seen;

        public bool Property(ref Utf8JsonReader r) =>
            r.ValueTextEquals("accepted"u8) ? Next(ref r, ref _seen, 0) && List(ref r, Object<DecisionFields, ReviewDecision>, out _accepted)
            : r.ValueTextEquals("rejected"u8) && Next(ref r, ref _seen, 1) && List(ref r, Object<DecisionFields, ReviewDecision>, out _rejected);

        public readonly bool TryBuild(out ReviewRecord value)
        {
            value = new ReviewRecord { Accepted = OrEmpty(_accepted), Rejected = OrEmpty(_rejected) };
            return true;
        }
    }

    private struct DecisionFields : IObjectFields<ReviewDecision>
    {
        private SdgId? _sdg;
        private Tag? _tag;
        private string? _by, _on, _note;
        private int _seen;

        public bool Property(ref Utf8JsonReader r)
        {
            if (r.ValueTextEquals("sdg"u8)) { return Next(ref r, ref _seen, 0) && (r.TokenType == JsonTokenType.Null || (Sdg(ref r, out var id) && (_sdg = id) is not null)); }
            if (r.ValueTextEquals("tag"u8)) { return Next(ref r, ref _seen, 1) && (r.TokenType == JsonTokenType.Null || (TagValue(ref r, out var tag) && (_tag = tag) is not null)); }
            if (r.ValueTextEquals("by"u8)) { return Next(ref r, ref _seen, 2) && OptStr(ref r, out _by); }
            if (r.ValueTextEquals("on"u8)) { return Next(ref r, ref _seen, 3) && OptStr(ref r, out _on); }
            return r.ValueTextEquals("note"u8) && Next(ref r, ref _seen, 4) && OptStr(ref r, out _note);
        }

        public readonly bool TryBuild(out ReviewDecision value)
        {
            value = new ReviewDecision { Sdg = _sdg, Tag = _tag, By = _by, On = _on, Note = _note };
            return true;
        }
    }

    private struct KpiFields : IObjectFields<Kpi>
    {
        private string? _id, _name, _unit, _repostOf;
        private KpiMeasurement? _baseline, _target;
        private bool _isRepost;
        private ValueList<string>? _notes;
        private int _seen;

        public bool Property(ref Utf8JsonReader r) =>
            r.ValueTextEquals("id"u8) ? Next(ref r, ref _seen, 0) && Str(ref r, out _id)
            : r.ValueTextEquals("name"u8) ? Next(ref r, ref _seen, 1) && Str(ref r, out _name)
            : r.ValueTextEquals("unit"u8) ? Next(ref r, ref _seen, 2) && OptStr(ref r, out _unit)
            : r.ValueTextEquals("baseline"u8) ? Next(ref r, ref _seen, 3) && NullOr<MeasurementFields, KpiMeasurement>(ref r, out _baseline)
            : r.ValueTextEquals("target"u8) ? Next(ref r, ref _seen, 4) && NullOr<MeasurementFields, KpiMeasurement>(ref r, out _target)
            : r.ValueTextEquals("isRepost"u8) ? Next(ref r, ref _seen, 5) && Bool(ref r, out _isRepost)
            : r.ValueTextEquals("repostOf"u8) ? Next(ref r, ref _seen, 6) && OptStr(ref r, out _repostOf)
            : r.ValueTextEquals("notes"u8) && Next(ref r, ref _seen, 7) && List(ref r, Str, out _notes);

        public readonly bool TryBuild(out Kpi value)
        {
            var complete = _id is not null && _name is not null;
            value = complete
                ? new Kpi { Id = _id!, Name = _name!, Unit = _unit, Baseline = _baseline, Target = _target, IsRepost = _isRepost, RepostOf = _repostOf, Notes = OrEmpty(_notes) }
                : null!;
            return complete;
        }
    }

    private struct MeasurementFields : IObjectFields<KpiMeasurement>
    {
        private string? _value;
        private int? _fiscalYear;
        private int _seen;

        public bool Property(ref Utf8JsonReader r) =>
            r.ValueTextEquals("value"u8) ? Next(ref r, ref _seen, 0) && OptStr(ref r, out _value)
            : r.ValueTextEquals("fiscalYear"u8) && Next(ref r, ref _seen, 1) && Int(ref r, out _fiscalYear);

        public readonly bool TryBuild(out KpiMeasurement value)
        {
            value = new KpiMeasurement { Value = _value, FiscalYear = _fiscalYear };
            return true;
        }
    }

    private struct VariantFields : IObjectFields<CodeVariant>
    {
        private string? _code, _title;
        private int? _line;
        private int _seen;

        public bool Property(ref Utf8JsonReader r) =>
            r.ValueTextEquals("code"u8) ? Next(ref r, ref _seen, 0) && OptStr(ref r, out _code)
            : r.ValueTextEquals("title"u8) ? Next(ref r, ref _seen, 1) && OptStr(ref r, out _title)
            : r.ValueTextEquals("line"u8) && Next(ref r, ref _seen, 2) && Int(ref r, out _line);

        public readonly bool TryBuild(out CodeVariant value)
        {
            value = new CodeVariant { Code = _code, Title = _title, Line = _line };
            return true;
        }
    }

    private struct LocationFields : IObjectFields<SourceLocation>
    {
        private int? _line;
        private string? _page;
        private int _seen;

        public bool Property(ref Utf8JsonReader r) =>
            r.ValueTextEquals("line"u8) ? Next(ref r, ref _seen, 0) && Int(ref r, out _line)
            : r.ValueTextEquals("page"u8) && Next(ref r, ref _seen, 1) && OptStr(ref r, out _page);

        public readonly bool TryBuild(out SourceLocation value)
        {
            value = new SourceLocation { Line = _line, Page = _page };
            return true;
        }
    }
}
