using System.Text.Json.Serialization.Metadata;
using SdgMap.Collections;
using SdgMap.Model;

namespace SdgMap.Serialization;

/// <summary>
/// What the plan format makes of the model's members beyond the camel-cased names: members
/// derived from others are not part of the file, a KPI value is written even when blank, and
/// empty optional lists are left out. Applied to the source-generated metadata.
/// </summary>
internal static class PlanJsonModel
{
    /// <summary>Members computed from others (<c>PlanElement.SdgStatus</c> …): neither written nor accepted in a file.</summary>
    private static readonly Dictionary<Type, string[]> Derived = new()
    {
        [typeof(PlanElement)] = [nameof(PlanElement.NormalizedCode), nameof(PlanElement.SdgStatus), nameof(PlanElement.SdgFromSource), nameof(PlanElement.DisplayTitle)],
    };

    public static void Apply(JsonTypeInfo info)
    {
        if (Derived.TryGetValue(info.Type, out var derived))
        {
            for (var i = info.Properties.Count - 1; i >= 0; i--)
            {
                if (info.Properties[i].AttributeProvider is System.Reflection.MemberInfo { Name: var name } && derived.Contains(name))
                {
                    info.Properties.RemoveAt(i);
                }
            }
        }

        foreach (var property in info.Properties)
        {
            if (info.Type == typeof(KpiMeasurement) && property.Name == "value")
            {
                // "value": null says the cell is blank, which the table format and reviewers rely on.
                property.ShouldSerialize = static (_, _) => true;
            }
            else if (!property.IsRequired && property.PropertyType.IsGenericType
                && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                property.ShouldSerialize = static (_, value) => value is not IValueList { Count: 0 };
            }
        }
    }
}
