using System.Reflection;
using SdgMap.Model;
using Xunit;

namespace SdgMap.Tests.Architecture;

/// <summary>The bottom layer (values, catalogue, model, text) knows nothing of the layers above it or of JSON.</summary>
public class LayerTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly string[] Bottom = ["SdgMap.Collections", "SdgMap.Text", "SdgMap.Catalog", "SdgMap.Model"];

    private static readonly string[] Above = ["SdgMap.Serialization", "SdgMap.Graph", "SdgMap.Queries", "SdgMap.Validation", "SdgMap.Export", "SdgMap.Suggestions", "SdgMap.Samples", "SdgMap.Reuse"];

    public static TheoryData<string> BottomNamespaces() => [.. Bottom];

    [Theory]
    [MemberData(nameof(BottomNamespaces))]
    public void BottomNamespace_ReferencesNoSystemTextJsonAndNoHigherLayer(string ns)
    {
        var types = typeof(Plan).Assembly.GetTypes().Where(t => t.Namespace == ns).ToList();
        Assert.NotEmpty(types);
        var offences = types.SelectMany(t => References(t).Where(Forbidden).Select(r => $"{t.FullName} → {r.FullName}")).Distinct().ToList();
        Assert.Empty(offences);
    }

    [Fact]
    public void References_SeesAnAttributeTypeAndALocal()
    {
        // The check must be able to fail: a type with a JSON attribute is seen.
        Assert.Contains(References(typeof(SdgMap.Serialization.SdgIdJsonConverter)), t => t.Namespace == "System.Text.Json.Serialization");
        Assert.Contains(References(typeof(SdgMap.Serialization.PlanJson)), t => t.Namespace == "System.Text.Json");
    }

    private static bool Forbidden(Type type)
    {
        var ns = type.Namespace ?? string.Empty;
        return ns.StartsWith("System.Text.Json", StringComparison.Ordinal) || Above.Any(a => ns == a || ns.StartsWith(a + ".", StringComparison.Ordinal));
    }

    /// <summary>Every type a type names: base, interfaces, attributes, the signatures of its members, their locals, and generic arguments of all of these.</summary>
    private static IEnumerable<Type> References(Type type)
    {
        var named = new List<Type> { type.BaseType ?? typeof(object) };
        named.AddRange(type.GetInterfaces());
        named.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
        foreach (var member in type.GetMembers(Declared))
        {
            named.AddRange(member.GetCustomAttributesData().Select(a => a.AttributeType));
            switch (member)
            {
                case FieldInfo field:
                    named.Add(field.FieldType);
                    break;
                case PropertyInfo property:
                    named.Add(property.PropertyType);
                    break;
                case MethodBase method:
                    named.AddRange(method.GetParameters().Select(p => p.ParameterType));
                    named.AddRange(method.GetParameters().SelectMany(p => p.GetCustomAttributesData()).Select(a => a.AttributeType));
                    if (method is MethodInfo { ReturnType: var returned })
                    {
                        named.Add(returned);
                    }

                    named.AddRange(method.GetMethodBody()?.LocalVariables.Select(l => l.LocalType) ?? []);
                    break;
            }
        }

        return named.SelectMany(Expand);
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        IEnumerable<Type> inner = type.IsGenericType ? type.GetGenericArguments() : [];
        if (type.GetElementType() is { } element)
        {
            inner = inner.Append(element);
        }

        foreach (var nested in inner.SelectMany(Expand))
        {
            yield return nested;
        }
    }
}
