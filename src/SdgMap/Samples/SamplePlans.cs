using System.Collections.Immutable;
using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Samples;

/// <summary>
/// The five real plans SdgMap ships (志木市, 三郷市, 清瀬市, 北本市, 久喜市; the files of the
/// repository's <c>data/plans/</c>), embedded in the library so that examples and first
/// experiments run anywhere, with no file path.
/// </summary>
/// <remarks>
/// Each is read from the assembly the first time it is asked for, with the same reader and
/// checks as <see cref="PlanJson.Load"/>; the documents are immutable and shared by later calls.
/// <see cref="PlanDocument.Path"/> is <c>sample:</c> followed by the file's name
/// (<c>sample:kuki-2nd-plan-basic-plan-goals-7-8-draft.json</c>), so messages say where a plan came
/// from without pretending it is a file on disk. What each plan holds and what its source lost:
/// <c>data/plans/README.md</c>.
/// </remarks>
public static class SamplePlans
{
    /// <summary>What <see cref="PlanDocument.Path"/> of a sample plan starts with.</summary>
    public const string PathPrefix = "sample:";

    private const string ResourcePrefix = "SdgMap.Samples.";

    private static readonly ImmutableArray<string> FileNames = [.. typeof(SamplePlans).Assembly.GetManifestResourceNames()
        .Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Select(r => r[ResourcePrefix.Length..]).Order(StringComparer.Ordinal)];

    private static readonly Lazy<ImmutableArray<PlanDocument>> Documents = new(LoadEmbedded);

    /// <summary>The sample plans' file names, in ordinal order (as <see cref="PlanFiles.LoadAll(IEnumerable{string}, PlanLimits?, IProgress{WorkProgress}?, CancellationToken)"/> reads the folder).</summary>
    public static IReadOnlyList<string> Names => FileNames;

    /// <summary>The five sample plans, in the order of <see cref="Names"/>: the documents <see cref="PlanFiles.LoadAll(IEnumerable{string}, PlanLimits?, IProgress{WorkProgress}?, CancellationToken)"/> gives for <c>data/plans</c>, with <c>sample:</c> paths.</summary>
    /// <example><code>var graph = PlanGraph.Build(SamplePlans.Load());</code></example>
    public static IReadOnlyList<PlanDocument> Load() => Documents.Value;

    /// <summary>The sample plan whose file name is <paramref name="name"/> (<c>misato-measures-draft.json</c>; the <c>.json</c> may be left out).</summary>
    /// <exception cref="ArgumentException">No sample plan has that name; the message lists those there are.</exception>
    public static PlanDocument Load(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var file = name.EndsWith(".json", StringComparison.Ordinal) ? name : name + ".json";
        var index = FileNames.IndexOf(file);
        return index >= 0
            ? Documents.Value[index]
            : throw new ArgumentException($"there is no sample plan '{name}'; the samples are {string.Join(", ", Names)}.", nameof(name));
    }

    private static ImmutableArray<PlanDocument> LoadEmbedded()
    {
        var assembly = typeof(SamplePlans).Assembly;
        return [.. FileNames.Select(name =>
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
                ?? throw new InvalidOperationException($"The sample plan resource '{name}' is missing from the SdgMap assembly.");
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return PlanJson.Parse(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), PathPrefix + name);
        })];
    }
}
