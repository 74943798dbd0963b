using System.Text.Json;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Evaluation;

/// <summary>A labelled evaluation set made into one graph: each item an element, with the links a person gave it.</summary>
internal sealed record LabelledSet(string Name, string Description, PlanGraph Graph, IReadOnlyDictionary<ElementNode, IReadOnlySet<SdgId>> Gold, bool Targets)
{
    /// <summary>Reads a TSV set (id, text, labels, lang). Rows labelled 0 (not about any SDG) are kept with no gold link.</summary>
    public static LabelledSet FromTsv(string name, string path, bool targets, Func<string, bool>? rowFilter = null)
    {
        var elements = new List<PlanElement>();
        var gold = new Dictionary<ElementNode, IReadOnlySet<SdgId>>();
        var lines = File.ReadAllLines(path);
        var planId = name;
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length != 4 || (rowFilter is not null && !rowFilter(cells[0])))
            {
                continue;
            }

            var id = $"e{elements.Count + 1}";
            var labels = cells[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => l != "0")
                .Select(l => SdgId.Parse(l))
                .Select(l => targets ? l : l.GoalId)
                .ToHashSet();
            elements.Add(new PlanElement { Id = id, Level = "item", Description = cells[1] });
            gold[new ElementNode(planId, id)] = labels;
        }

        var plan = new Plan
        {
            Id = planId,
            Municipality = new Municipality { Name = name },
            Title = name,
            Levels = [new PlanLevel { Name = "item" }],
            Elements = elements,
        };
        return new LabelledSet(name, path, PlanGraph.Build([plan]), gold, targets);
    }

    /// <summary>
    /// 久喜市 with every declared link, SDG mark and note removed (leave-one-plan-out: the suggester
    /// sees only the plan's text), beside the other shipped plans; gold is what its 施策 printed.
    /// </summary>
    public static LabelledSet KukiWithoutLinks(string plansFolder, bool targets)
    {
        var documents = PlanFiles.LoadAll([plansFolder]);
        var kuki = documents.Single(d => d.Plan.Municipality.Name == "久喜市").Plan;
        var gold = new Dictionary<ElementNode, IReadOnlySet<SdgId>>();
        foreach (var e in kuki.Elements.Where(e => e.Level == "施策"))
        {
            gold[new ElementNode(kuki.Id, e.Id)] = e.Sdg.Select(s => targets ? s : s.GoalId).ToHashSet();
        }

        var stripped = kuki with
        {
            Notes = [],
            Elements = [.. kuki.Elements.Select(e => e with { Sdg = [], SdgMarks = null, Suggested = null, Notes = [] })],
        };
        var plans = documents.Select(d => d.Plan.Id == kuki.Id ? stripped : d.Plan);
        return new LabelledSet(targets ? "kuki-without-links (targets)" : "kuki-without-links (goals)", "data/plans/kuki-2nd-plan-basic-plan-goals-7-8-draft.json, 施策 level", PlanGraph.Build(plans), gold, targets);
    }
}
