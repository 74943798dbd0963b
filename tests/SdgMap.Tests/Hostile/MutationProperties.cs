using FsCheck;
using FsCheck.Xunit;
using SdgMap.Model;
using SdgMap.Serialization;
using SdgMap.Tests.Generators;
using SdgMap.Validation;

namespace SdgMap.Tests.Hostile;

/// <summary>
/// Valid generated plans, damaged at the JSON text level and at the model level: the library
/// either loads a plan that validates the same way twice, builds, queries and exports, or throws
/// <see cref="PlanInputException"/> — never anything else.
/// </summary>
public class MutationProperties
{
    /// <summary>Loads <paramref name="bytes"/>: either a usable plan, or the documented exception naming the input.</summary>
    private static void LoadsOrRefuses(byte[] bytes)
    {
        PlanDocument document;
        try
        {
            document = PlanJson.Parse(bytes, "mutated.json");
        }
        catch (PlanInputException e)
        {
            Assert.StartsWith("mutated.json", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', e.Message);
            return;
        }

        UsablePlan.Check(document);
        Assert.Equal(document.Plan, UsablePlan.RoundTrip(document.Plan));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public void JsonText_Mutated_LoadsUsableOrThrowsTheFamily(Plan plan, NonNegativeInt kind, NonNegativeInt pick, NonNegativeInt variant)
    {
        var json = PlanJson.ToUtf8Bytes(plan);
        LoadsOrRefuses(JsonMutation.Apply(json, kind.Get % JsonMutation.Kinds, pick.Get, variant.Get));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void JsonText_MutatedTwice_LoadsUsableOrThrowsTheFamily(Plan plan, NonNegativeInt a, NonNegativeInt b, NonNegativeInt pick)
    {
        var json = PlanJson.ToUtf8Bytes(plan);
        try
        {
            json = JsonMutation.Apply(json, a.Get % 3, pick.Get, b.Get);
            json = JsonMutation.Apply(json, b.Get % 3, pick.Get / 2, a.Get);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException)
        {
            // The first mutation made JSON the mutator itself cannot walk (a duplicated property): that text is tested once.
        }

        LoadsOrRefuses(json);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void Model_ElementDroppedOrDuplicated_StaysUsable(Plan plan, NonNegativeInt pick, bool duplicate)
    {
        if (plan.Elements.Count == 0)
        {
            return;
        }

        var i = pick.Get % plan.Elements.Count;
        var elements = plan.Elements.ToList();
        if (duplicate)
        {
            elements.Insert(i, elements[i] with { Title = "複製" });
        }
        else
        {
            elements.RemoveAt(i);
        }

        var mutated = plan with { Elements = elements };
        var findings = UsablePlan.Check(PlanDocument.FromPlan(mutated));
        if (duplicate)
        {
            Assert.Contains(findings, f => f.Rule == ValidationRules.DuplicateElementId.Id && f.Element == plan.Elements[i].Id);
        }
        else if (plan.Elements.Any(e => e.Parent == plan.Elements[i].Id))
        {
            Assert.Contains(findings, f => f.Rule == ValidationRules.UnresolvedParent.Id);
        }

        LoadsOrRefuses(PlanJson.ToUtf8Bytes(mutated));
    }

    /// <summary>Re-parenting to the element itself or to one of its descendants makes a cycle; to a missing id, a dangling parent.</summary>
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public void Model_Reparented_IsReportedAndStaysUsable(Plan plan, NonNegativeInt pick, NonNegativeInt how)
    {
        if (plan.Elements.Count == 0)
        {
            return;
        }

        var i = pick.Get % plan.Elements.Count;
        var id = plan.Elements[i].Id;
        var descendants = plan.Elements.Where(e => Ancestors(plan, e).Contains(id)).Select(e => e.Id).ToList();
        var (parent, rule) = (how.Get % 4) switch
        {
            0 => (id, ValidationRules.ParentCycle.Id),
            1 when descendants.Count > 0 => (descendants[how.Get % descendants.Count], ValidationRules.ParentCycle.Id),
            2 => ("no-such-element", ValidationRules.UnresolvedParent.Id),
            _ => ((string?)null, (string?)null),
        };
        var mutated = plan with { Elements = [.. plan.Elements.Select(e => e.Id == id ? e with { Parent = parent } : e)] };

        var findings = UsablePlan.Check(PlanDocument.FromPlan(mutated));
        if (rule is not null)
        {
            Assert.Contains(findings, f => f.Rule == rule && f.Element == id);
        }
        else
        {
            Assert.DoesNotContain(findings, f => f.Rule == ValidationRules.ParentCycle.Id);
        }

        LoadsOrRefuses(PlanJson.ToUtf8Bytes(mutated));
        CsvLoadsOrRefuses(mutated);
    }

    /// <summary>Table text damaged by one character deleted, inserted (a separator, a quote, a line break …) or by a cut.</summary>
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public void TableText_Mutated_LoadsUsableOrThrowsTheFamily(Plan plan, NonNegativeInt kind, NonNegativeInt pick, NonNegativeInt variant)
    {
        var writer = new StringWriter();
        PlanCsv.Write(plan, writer);
        var text = writer.ToString();
        var at = pick.Get % text.Length;
        string[] inserts = [",", "\"", "\n", "\r", ";", "'", "=", "\0", ",,,,,,,,,,,,,,,,", "\ud800", "16..6"];
        text = (kind.Get % 3) switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, inserts[variant.Get % inserts.Length]),
            _ => text[..at],
        };
        var header = new PlanCsv.PlanHeader { Id = plan.Id, Municipality = plan.Municipality, Title = plan.Title };
        try
        {
            UsablePlan.Check(PlanDocument.FromPlan(PlanCsv.Parse(text, header, "mutated.csv")));
        }
        catch (PlanInputException e)
        {
            Assert.StartsWith("mutated.csv", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', e.Message);
        }
    }

    /// <summary>The plan through the flat table: the table reads back, or is refused by the family.</summary>
    private static void CsvLoadsOrRefuses(Plan plan)
    {
        var csv = new StringWriter();
        PlanCsv.Write(plan, csv);
        try
        {
            UsablePlan.Check(PlanDocument.FromPlan(PlanCsv.Parse(csv.ToString(), new PlanCsv.PlanHeader { Id = plan.Id, Municipality = plan.Municipality, Title = plan.Title }, "mutated.csv")));
        }
        catch (PlanInputException e)
        {
            Assert.StartsWith("mutated.csv", e.Message, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> Ancestors(Plan plan, PlanElement element)
    {
        var byId = plan.Elements.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First());
        var seen = new HashSet<string>();
        for (var p = element.Parent; p is not null && seen.Add(p) && byId.TryGetValue(p, out var parent); p = parent.Parent)
        {
            yield return p;
        }
    }
}
