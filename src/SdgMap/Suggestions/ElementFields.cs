using SdgMap.Model;

namespace SdgMap.Suggestions;

/// <summary>The texts of an element the suggester reads, each named as evidence names it.</summary>
internal static class ElementFields
{
    /// <summary>How much a word found in each kind of field counts, against the title's 1.</summary>
    public const double Title = 1.0;
    public const double Main = 0.85;
    public const double Section = 0.7;
    public const double KpiName = 0.75;

    /// <summary>The element's own texts in a fixed order: title, target state, description, sections, KPI names.</summary>
    public static IEnumerable<(string Field, string Text, double Factor)> Own(PlanElement element)
    {
        if (!string.IsNullOrWhiteSpace(element.Title))
        {
            yield return ("title", element.Title, Title);
        }

        if (element.TargetState is { } state && !string.IsNullOrWhiteSpace(state.Text))
        {
            yield return ("targetState", state.Text, Main);
        }

        if (!string.IsNullOrWhiteSpace(element.Description))
        {
            yield return ("description", element.Description, Main);
        }

        for (var i = 0; i < element.Sections.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(element.Sections[i].Text))
            {
                yield return ($"sections[{i}]", element.Sections[i].Text, Section);
            }
        }

        for (var i = 0; i < element.Kpis.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(element.Kpis[i].Name))
            {
                yield return ($"kpis[{i}]", element.Kpis[i].Name, KpiName);
            }
        }
    }

    /// <summary>The texts an ancestor lends as context: its title and target state.</summary>
    public static IEnumerable<(string Field, string Text)> Context(PlanElement ancestor)
    {
        if (!string.IsNullOrWhiteSpace(ancestor.Title))
        {
            yield return ("title", ancestor.Title);
        }

        if (ancestor.TargetState is { } state && !string.IsNullOrWhiteSpace(state.Text))
        {
            yield return ("targetState", state.Text);
        }
    }
}
