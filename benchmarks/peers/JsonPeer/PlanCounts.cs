using System.Globalization;

namespace SdgMap.Benchmarks.Peers;

/// <summary>The load answer every loader gives: per plan, its elements, declared SDG links and element tags.</summary>
internal readonly record struct PlanCounts(string Plan, int Elements, int DeclaredLinks, int Tags)
{
    public const string Header = "plan,elements,declared_links,tags";

    public string Row() => Csv.Row(Plan, Number(Elements), Number(DeclaredLinks), Number(Tags));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
