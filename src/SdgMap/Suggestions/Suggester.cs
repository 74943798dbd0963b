using System.Runtime.CompilerServices;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;

namespace SdgMap.Suggestions;

/// <summary>
/// Proposes links for the elements of a graph from their own text: explicit mentions, lexicon
/// entries (alone, or joined with the parent's title when the element's words need company),
/// similar labelled elements elsewhere, and a policy's children's strong suggestions.
/// </summary>
internal sealed class Suggester
{
    /// <summary>The name SdgMap writes as <c>by</c> on the links it suggests.</summary>
    public const string Name = "sdgmap";

    /// <summary>How much a word found only in the parent's (or grandparent's) title counts: the child shares its theme, weakly.</summary>
    private static readonly double[] AncestorOnly = [0.35, 0.2];

    /// <summary>How much an entry counts when the element's words needed the parent's to complete it.</summary>
    private const double JoinedWithParent = 0.85;

    /// <summary>How much a child's suggestion counts for its parent.</summary>
    private const double RollUpFactor = 0.9;

    private const int MaxEvidence = 6;

    private static readonly ConditionalWeakTable<Lexicon, CompiledLexicon[]> Compiled = new();

    private readonly PlanGraph _graph;
    private readonly SuggestOptions _options;
    private readonly CompiledLexicon _lexicon;
    private readonly LabelledNeighbours? _neighbours;

    private Suggester(PlanGraph graph, SuggestOptions options)
    {
        _graph = graph;
        _options = options;
        var lexicon = options.Lexicon ?? Lexicon.Default;
        var compiled = Compiled.GetValue(lexicon, l => [
            new CompiledLexicon([.. l.Entries.Where(e => e.Sdg is not null)]),
            new CompiledLexicon([.. l.Entries.Where(e => e.Tag is not null)])]);
        _lexicon = compiled[options.Tags ? 1 : 0];
        _neighbours = options.LearnFromDeclared && !options.Tags ? LabelledNeighbours.For(graph) : null;
    }

    public static IReadOnlyList<Suggestion> Run(PlanGraph graph, SuggestOptions options, QueryScope scope, CancellationToken cancellationToken, IProgress<WorkProgress>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinScore, 0, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MinScore, 1, nameof(options));
        if (options.Top is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Top, "Top must be at least 1.");
        }

        var suggester = new Suggester(graph, options);
        var plans = ScopeWalk.Plans(graph, scope).ToArray();
        var results = new List<Suggestion>[plans.Length];
        var done = 0;
        Parallel.For(0, plans.Length, new ParallelOptions { CancellationToken = cancellationToken }, p =>
        {
            results[p] = suggester.ForPlan(plans[p], scope);
            progress?.Report(new WorkProgress { Stage = "suggest", Done = Interlocked.Increment(ref done), Total = plans.Length });
        });
        return [.. results.SelectMany(r => r)];
    }

    private List<Suggestion> ForPlan(PlanIndex index, QueryScope scope)
    {
        var wanted = ScopeWalk.Contributors(_graph, index, scope with { Level = _options.Level ?? scope.Level });
        var result = new List<Suggestion>();
        if (wanted.Count == 0)
        {
            return result;
        }

        var lexicon = _options.Tags ? PlanTagLexicon(index) : _lexicon;
        var context = new AncestorContext(index, lexicon);
        var found = new Dictionary<LabelKey, LabelEvidence>?[index.Count];
        var need = new bool[index.Count];
        foreach (var i in wanted)
        {
            need[i] = true;
        }

        // Roll-up reads children, so children are done first, and an element is read when an
        // ancestor that is wanted will take from it (parents first: the leaves-first order reversed).
        var order = index.LeavesFirst(out _);
        if (_options.RollUp)
        {
            for (var k = order.Length - 1; k >= 0; k--)
            {
                var p = index.Parents[order[k]];
                need[order[k]] |= p >= 0 && need[p];
            }
        }

        foreach (var i in order)
        {
            if (!need[i])
            {
                continue;
            }

            var labels = new Dictionary<LabelKey, LabelEvidence>();
            Collect(index, i, lexicon, context, labels);
            if (_options.RollUp)
            {
                RollUp(index, i, found, labels);
            }

            found[i] = labels;
        }

        foreach (var i in wanted)
        {
            result.AddRange(Rows(index, i, found[i]!));
        }

        return result;
    }

    private void Collect(PlanIndex index, int i, CompiledLexicon lexicon, AncestorContext context, Dictionary<LabelKey, LabelEvidence> labels)
    {
        var element = index.Plan.Elements[i];
        var exclusions = new Exclusions(index, i);
        var parentGroups = context.Groups(i, distance: 1);
        // Each field is normalised once; the lexicon, mentions and target texts all read it.
        var fields = ElementFields.Own(element).Select(f => (f.Field, f.Text, f.Factor, Match: MatchText.Of(f.Text))).ToList();
        foreach (var (field, original, factor, text) in fields)
        {
            if (!_options.Tags)
            {
                foreach (var (sdg, start, end) in Mentions.In(text.Text, _graph.Catalog))
                {
                    Add(labels, exclusions, LabelKey.Of(sdg), LabelEvidence.SdgSource(SuggestionMethod.Mention, sdg), 1.0, SuggestionMethod.Mention, [Evidence(field, null, original, text, start, end, "mention")]);
                }
            }

            foreach (var match in lexicon.Match(text.Text))
            {
                if (match.Blocked)
                {
                    continue;
                }

                var entry = lexicon.Entries[match.Entry];
                var full = lexicon.FullMask(match.Entry);

                // Most sentences touch an entry without completing it (28 entries a text, 1 in 20 complete, on the
                // national corpus): evidence is built only for those that fire.
                List<SuggestionEvidence> Evidence() => [.. match.Spans.Select(s => Suggester.Evidence(field, null, original, text, s.Start, s.End, lexicon.Describe(match.Entry)))];
                if (match.Mask == full)
                {
                    Add(labels, exclusions, LabelKey.Of(entry), LabelEvidence.LexiconSource(match.Entry), entry.Weight * factor, SuggestionMethod.Lexicon, Evidence());
                }
                else if (parentGroups?.TryGetValue(match.Entry, out var parent) == true && !parent.Blocked && (match.Mask | parent.Mask) == full)
                {
                    var evidence = Evidence();
                    evidence.AddRange(parent.Evidence);
                    Add(labels, exclusions, LabelKey.Of(entry), LabelEvidence.LexiconSource(match.Entry), entry.Weight * factor * JoinedWithParent, SuggestionMethod.Lexicon, evidence);
                }
            }
        }

        for (var d = 1; d <= AncestorOnly.Length; d++)
        {
            if (context.Groups(i, d) is not { } groups)
            {
                break;
            }

            foreach (var (entryIndex, found) in groups)
            {
                if (!found.Blocked && found.Mask == lexicon.FullMask(entryIndex))
                {
                    var entry = lexicon.Entries[entryIndex];
                    Add(labels, exclusions, LabelKey.Of(entry), LabelEvidence.LexiconSource(entryIndex), entry.Weight * AncestorOnly[d - 1], SuggestionMethod.Lexicon, found.Evidence);
                }
            }
        }

        if (_options.UseTargetTexts && !_options.Tags)
        {
            foreach (var (sdg, strength, evidence) in TargetTexts.Default.Suggest([.. fields.Select(f => (f.Field, f.Text, f.Match))]))
            {
                Add(labels, exclusions, LabelKey.Of(sdg), LabelEvidence.SdgSource(SuggestionMethod.TargetText, sdg), strength, SuggestionMethod.TargetText, evidence);
            }
        }

        if (_neighbours is not null)
        {
            foreach (var (sdg, similarity, evidence) in _neighbours.Suggest(index, i))
            {
                Add(labels, exclusions, LabelKey.Of(sdg), LabelEvidence.SdgSource(SuggestionMethod.Neighbours, sdg), similarity, SuggestionMethod.Neighbours, evidence);
            }
        }
    }

    private void Add(Dictionary<LabelKey, LabelEvidence> labels, Exclusions exclusions, LabelKey label, long source, double contribution, SuggestionMethod method, List<SuggestionEvidence> evidence)
    {
        if (exclusions.Excludes(label))
        {
            return;
        }

        if (!_options.Tags && _options.By == SdgLevel.Goal)
        {
            label = LabelKey.Of(label.Sdg.GoalId);
            if (exclusions.Excludes(label))
            {
                return;
            }
        }
        else if (!_options.Tags && label.Sdg.IsGoal)
        {
            // Words that say a goal but no one target suggest no target.
            return;
        }

        if (!labels.TryGetValue(label, out var found))
        {
            found = new LabelEvidence();
            labels.Add(label, found);
        }

        found.Add(source, contribution, method, evidence);
    }

    private void RollUp(PlanIndex index, int i, Dictionary<LabelKey, LabelEvidence>?[] found, Dictionary<LabelKey, LabelEvidence> labels)
    {
        var strong = Math.Max(_options.MinScore, 0.7);
        var exclusions = new Exclusions(index, i);
        foreach (var child in index.Children[i])
        {
            if (found[child] is not { } childLabels)
            {
                continue;
            }

            var childId = index.Plan.Elements[child].Id;
            foreach (var (label, evidence) in childLabels)
            {
                var score = evidence.Score;
                if (score < strong || exclusions.Excludes(label) || (labels.TryGetValue(label, out var own) && own.Score >= score * RollUpFactor))
                {
                    continue;
                }

                var (_, items) = evidence.Explain(MaxEvidence);
                var lent = items.Select(e => e.Element is null ? e with { Element = childId } : e).ToList();
                if (!labels.TryGetValue(label, out var mine))
                {
                    mine = new LabelEvidence();
                    labels.Add(label, mine);
                }

                mine.Add(LabelEvidence.RollUpSource(), score * RollUpFactor, SuggestionMethod.RolledUp, lent);
            }
        }
    }

    private IEnumerable<Suggestion> Rows(PlanIndex index, int i, Dictionary<LabelKey, LabelEvidence> labels)
    {
        var element = index.Plan.Elements[i];
        var node = index.Nodes[i];
        var rows = labels
            .Select(l => (Label: l.Key, Evidence: l.Value, Score: l.Value.Score))
            .Where(l => !l.Evidence.IsEmpty && l.Score >= _options.MinScore)
            .OrderByDescending(l => l.Score)
            .ThenBy(l => l.Label)
            .Take(_options.Top ?? int.MaxValue);
        foreach (var (label, evidence, score) in rows)
        {
            var (method, items) = evidence.Explain(MaxEvidence);
            yield return new Suggestion
            {
                Element = node,
                Code = index.Codes[i],
                Title = element.DisplayTitle,
                Sdg = label.IsTag ? null : label.Sdg,
                Tag = label.IsTag ? label.Tag : null,
                Score = score,
                Method = method,
                Evidence = items,
            };
        }
    }

    internal static SuggestionEvidence Evidence(string field, string? element, string original, MatchText text, int start, int end, string matched)
    {
        var (s, length) = text.Original(start, end);
        return new SuggestionEvidence { Field = field, Element = element, Start = s, Length = length, Text = original.Substring(s, length), Matched = matched };
    }

    private CompiledLexicon PlanTagLexicon(PlanIndex index)
    {
        if (index.Plan.Taxonomies.Count == 0)
        {
            return _lexicon;
        }

        var own = new List<LexiconEntry>();
        foreach (var taxonomy in index.Plan.Taxonomies)
        {
            foreach (var term in taxonomy.Terms)
            {
                var words = term.Keywords.Select(k => (Word: k, Weight: 0.8)).Append((Word: term.Label, Weight: 0.6))
                    .Where(w => MatchText.Term(w.Word).Length >= 2)
                    .DistinctBy(w => MatchText.Term(w.Word));
                foreach (var (word, weight) in words)
                {
                    own.Add(new LexiconEntry
                    {
                        Tag = new Tag(taxonomy.Id, term.Id),
                        Language = "ja",
                        Terms = [[word]],
                        Weight = weight,
                        Source = "taxonomy",
                        Origin = $"{index.Plan.Id} taxonomy {taxonomy.Id}:{term.Id}",
                    });
                }
            }
        }

        // A plan that defines its own taxonomy of a built-in id replaces the built-in one.
        var ownIds = index.Plan.Taxonomies.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return new CompiledLexicon([.. _lexicon.Entries.Where(e => !ownIds.Contains(e.Tag!.Value.Taxonomy)), .. own]);
    }

    /// <summary>What must not be suggested for one element: what it declares, and what a reviewer rejected.</summary>
    private readonly struct Exclusions
    {
        private readonly PlanIndex _index;
        private readonly PlanElement _element;
        private readonly int _i;

        public Exclusions(PlanIndex index, int i)
        {
            _index = index;
            _i = i;
            _element = index.Plan.Elements[i];
        }

        public bool Excludes(LabelKey label)
        {
            if (label.IsTag)
            {
                var term = _index.ResolveTag(label.Tag);
                if (term is null || _index.Terms[_i].Contains(term))
                {
                    return true;
                }

                foreach (var rejected in _element.Review?.Rejected ?? [])
                {
                    if (rejected.Tag == label.Tag)
                    {
                        return true;
                    }
                }

                return false;
            }

            var sdg = label.Sdg;
            var declared = _element.Sdg;
            for (var k = 0; k < declared.Count; k++)
            {
                // A declared target covers its goal; a declared goal leaves its targets open.
                if (declared[k] == sdg || (sdg.IsGoal && declared[k].GoalId == sdg))
                {
                    return true;
                }
            }

            if (_element.Review is not { Rejected.Count: > 0 } review)
            {
                return false;
            }

            foreach (var rejected in review.Rejected)
            {
                // Rejecting a goal rejects its targets too.
                if (rejected.Sdg is { } r && (r == sdg || (r.IsGoal && r == sdg.GoalId)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>What a suggestion is about: an SDG goal or target, or a taxonomy term.</summary>
internal readonly record struct LabelKey(SdgId Sdg, Tag Tag) : IComparable<LabelKey>
{
    public bool IsTag => Tag.Taxonomy is not null;

    public static LabelKey Of(SdgId sdg) => new(sdg, default);

    public static LabelKey Of(LexiconEntry entry) => entry.Sdg is { } sdg ? new(sdg, default) : new(default, entry.Tag!.Value);

    public int CompareTo(LabelKey other) => IsTag || other.IsTag
        ? string.CompareOrdinal(Tag.ToString(), other.Tag.ToString())
        : Sdg.CompareTo(other.Sdg);

    public override string ToString() => IsTag ? Tag.ToString() : Sdg.ToString();
}
