using SdgMap.Model;

namespace SdgMap.Graph;

/// <summary>
/// What a tag names in the context of one plan: the one rule the graph, every query and the
/// validator share. A built-in taxonomy (<c>care</c>) keeps its own terms even where a plan
/// defines a taxonomy of the same id (the validator reports that definition); otherwise the
/// plan's taxonomy of that id, the first if it defines the id twice.
/// </summary>
internal sealed class TagResolver
{
    private readonly Dictionary<string, (Taxonomy Taxonomy, string Scope, Dictionary<string, TermNode> Terms)> _taxonomies = new(StringComparer.Ordinal);

    public TagResolver(Plan plan)
    {
        foreach (var builtIn in BuiltInTaxonomies.All)
        {
            _taxonomies[builtIn.Id] = (builtIn, string.Empty, Nodes(string.Empty, builtIn));
        }

        foreach (var taxonomy in plan.Taxonomies)
        {
            _taxonomies.TryAdd(taxonomy.Id, (taxonomy, plan.Id, Nodes(plan.Id, taxonomy)));
        }
    }

    /// <summary>The taxonomy an id names for the plan, and the scope of its term vertices (empty for a built-in one).</summary>
    // One node per term, shared by every tag that names it: tags outnumber terms by far.
    private static Dictionary<string, TermNode> Nodes(string scope, Taxonomy taxonomy)
    {
        var nodes = new Dictionary<string, TermNode>(taxonomy.Terms.Count, StringComparer.Ordinal);
        foreach (var term in taxonomy.Terms)
        {
            nodes.TryAdd(term.Id, new TermNode(scope, taxonomy.Id, term.Id));
        }

        return nodes;
    }

    public bool TryGetTaxonomy(string taxonomyId, out Taxonomy taxonomy, out string scope)
    {
        if (_taxonomies.TryGetValue(taxonomyId, out var found))
        {
            (taxonomy, scope) = (found.Taxonomy, found.Scope);
            return true;
        }

        (taxonomy, scope) = (null!, string.Empty);
        return false;
    }

    /// <summary>The term vertex a tag names, or <see langword="null"/> with <paramref name="problem"/> saying why not.</summary>
    public TermNode? Resolve(Tag tag, out TagProblem problem)
    {
        if (!_taxonomies.TryGetValue(tag.Taxonomy, out var found))
        {
            problem = TagProblem.UnknownTaxonomy;
            return null;
        }

        if (!found.Terms.TryGetValue(tag.Term, out var node))
        {
            problem = TagProblem.UnknownTerm;
            return null;
        }

        problem = TagProblem.None;
        return node;
    }

    /// <summary>The term vertex a tag names, or <see langword="null"/> when it names none.</summary>
    public TermNode? Resolve(Tag tag) => Resolve(tag, out _);

    /// <summary>The term ids of a taxonomy the plan can use, in definition order.</summary>
    public IEnumerable<string> TermsOf(string taxonomyId) =>
        _taxonomies.TryGetValue(taxonomyId, out var found) ? found.Taxonomy.Terms.Select(t => t.Id).Distinct(StringComparer.Ordinal) : [];
}

/// <summary>Why a tag names no term.</summary>
internal enum TagProblem
{
    /// <summary>It names one.</summary>
    None,

    /// <summary>Neither the plan nor SdgMap defines the taxonomy.</summary>
    UnknownTaxonomy,

    /// <summary>The taxonomy has no such term.</summary>
    UnknownTerm,
}
