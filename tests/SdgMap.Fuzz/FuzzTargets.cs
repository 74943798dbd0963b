using System.Text;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Serialization;
using SdgMap.Validation;

namespace SdgMap.Fuzz;

/// <summary>
/// The code under fuzzing. Each target returns normally for input the library accepts or refuses
/// with its documented exception; anything else escapes and is a finding.
/// </summary>
internal static class FuzzTargets
{
    /// <summary>Target names as the command line and the script spell them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["json", "csv", "code"];

    private static readonly PlanCsv.PlanHeader Header = new()
    {
        Id = "fuzz",
        Municipality = new Municipality { Name = "試験市" },
        Title = "fuzz",
    };

    // Small limits keep one execution fast; the limits themselves are part of what is fuzzed.
    private static readonly PlanLimits Limits = new() { MaxFileBytes = 1 << 20, MaxElements = 5_000, MaxDepth = 64, MaxStringBytes = 1 << 16 };

    public static Action<byte[]> For(string name) => name switch
    {
        "json" => Json,
        "csv" => Csv,
        "code" => Code,
        _ => throw new ArgumentException($"Unknown target '{name}'; expected one of {string.Join(", ", Names)}."),
    };

    /// <summary>Plan JSON: read, and when it reads, validate, graph, query and round-trip it.</summary>
    public static void Json(byte[] input)
    {
        PlanDocument document;
        try
        {
            document = PlanJson.Parse(input, "fuzz.json", Limits);
        }
        catch (PlanInputException)
        {
            return;
        }

        Exercise(document.Plan);
    }

    /// <summary>Plan tables: decode (UTF-8 or Shift_JIS), read, and exercise what reads.</summary>
    public static void Csv(byte[] input)
    {
        Plan plan;
        try
        {
            plan = PlanCsv.Parse(PlanCsv.Decode(input), Header, "fuzz.csv");
        }
        catch (PlanInputException)
        {
            return;
        }

        Exercise(plan);
        using var writer = new StringWriter();
        PlanCsv.Write(plan, writer);
    }

    /// <summary>Printed codes and SDG ids: normalisation is idempotent and parsing round-trips.</summary>
    public static void Code(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var once = ElementCode.Normalize(text);
        Check(ElementCode.Normalize(once) == once, $"ElementCode.Normalize is not idempotent on '{text}'.");

        if (SdgId.TryParse(text, out var id, out var error))
        {
            Check(SdgId.Parse(id.ToString()) == id, $"SdgId '{text}' read as {id} does not read back.");
            Check(SdgCatalog.Default.Contains(id), $"SdgId '{text}' read as {id}, which the catalogue lacks.");
        }
        else
        {
            Check(!string.IsNullOrWhiteSpace(error), $"SdgId.TryParse refused '{text}' without saying why.");
        }
    }

    private static void Exercise(Plan plan)
    {
        var document = new PlanDocument { Plan = plan, Path = "fuzz" };
        var first = PlanValidator.Validate(document);
        var second = PlanValidator.Validate(document);
        Check(first.SequenceEqual(second), $"Validating plan '{plan.Id}' twice gave different diagnostics.");

        var graph = PlanGraph.Build([plan]);
        _ = graph.Coverage(SdgLevel.Target);
        _ = graph.Gaps();
        _ = graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals);
        _ = graph.Graph.VertexCount;

        var bytes = PlanJson.ToUtf8Bytes(plan);
        var back = PlanJson.Parse(bytes, "round-trip.json").Plan;
        Check(back == plan, $"Plan '{plan.Id}' does not survive a JSON round trip.");
        Check(PlanJson.ToUtf8Bytes(back).AsSpan().SequenceEqual(bytes), $"Plan '{plan.Id}' is not written the same way twice.");
    }

    private static void Check(bool condition, string finding)
    {
        if (!condition)
        {
            throw new FuzzFindingException(finding);
        }
    }
}

/// <summary>An invariant the fuzzer broke (as opposed to an exception the library let escape).</summary>
internal sealed class FuzzFindingException(string message) : Exception(message);
