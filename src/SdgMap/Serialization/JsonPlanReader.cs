using SdgMap.Model;

namespace SdgMap.Serialization;

/// <summary>Reads plan files (<c>sdgmap.plan/1</c> JSON) as <see cref="PlanJson"/> does.</summary>
public sealed class JsonPlanReader : IPlanReader
{
    /// <summary>The reader.</summary>
    public static JsonPlanReader Instance { get; } = new();

    private JsonPlanReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "json";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".json"];

    /// <inheritdoc/>
    public PlanDocument Read(Stream input, PlanReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bytes = InputFile.ReadAll(input, context.Path, context.Limits.MaxFileBytes, context.CancellationToken);
        return PlanJson.Parse(bytes.Span, context.Path, context.Limits);
    }
}
