using System.Text.Json;
using System.Text.Json.Serialization;
using SdgMap.Cli.Commands;
using SdgMap.Queries;
using SdgMap.Validation;

namespace SdgMap.Cli.Output;

/// <summary>The JSON document <c>--format json</c> writes: the rows, every value whole.</summary>
internal sealed record RowsDocument<T>(IReadOnlyList<T> Rows);

/// <summary>
/// JSON for every row type a command prints, generated at compile time so that the tool
/// trims and compiles ahead of time: nothing is found by reflection when it runs.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(CamelCaseEnum<Severity>)])]
[JsonSerializable(typeof(RowsDocument<LevelCount>))]
[JsonSerializable(typeof(RowsDocument<CatalogRow>))]
[JsonSerializable(typeof(RowsDocument<CoverageCommand.CoverageRow>))]
[JsonSerializable(typeof(RowsDocument<MatrixLine>))]
[JsonSerializable(typeof(RowsDocument<MatrixCell>))]
[JsonSerializable(typeof(RowsDocument<GapsCommand.GapRow>))]
[JsonSerializable(typeof(RowsDocument<ReuseCommand.ReuseRow>))]
[JsonSerializable(typeof(RowsDocument<CompareCommand.ComparisonRow>))]
[JsonSerializable(typeof(RowsDocument<ValidationRule>))]
[JsonSerializable(typeof(RowsDocument<FindingRow>))]
[JsonSerializable(typeof(RowsDocument<SuggestionRow>))]
[JsonSerializable(typeof(RowsDocument<TagSuggestionRow>))]
[JsonSerializable(typeof(RowsDocument<ReviewSummaryRow>))]
internal sealed partial class RowJsonContext : JsonSerializerContext;

/// <summary>Enum values as JSON has always named them here: <c>error</c>, not <c>Error</c> or <c>2</c>.</summary>
internal sealed class CamelCaseEnum<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase)
    where T : struct, Enum;
