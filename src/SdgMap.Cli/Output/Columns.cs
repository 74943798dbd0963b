using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace SdgMap.Cli.Output;

/// <summary>
/// The columns of a row record: its public properties in declaration order, named as JSON names
/// them (camelCase). A cell is the property's value as text; a list is joined with "; ".
/// </summary>
internal sealed class Columns<T>
{
    private readonly PropertyInfo[] _properties = typeof(T)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0)
        .OrderBy(p => p.MetadataToken)
        .ToArray();

    public IReadOnlyList<string> Names => [.. _properties.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))];

    public string[] Cells(T row) => [.. _properties.Select(p => Cell(p.GetValue(row)))];

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        Enum e => JsonNamingPolicy.CamelCase.ConvertName(e.ToString()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => string.Join("; ", list.Cast<object?>().Select(Cell)),
        _ => value.ToString() ?? string.Empty,
    };
}
