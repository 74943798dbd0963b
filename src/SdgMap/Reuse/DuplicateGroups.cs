namespace SdgMap.Reuse;

/// <summary>
/// Texts grouped by normalised text. Each distinct non-empty text gets a dense index in order of its
/// first occurrence; only distinct texts are shingled and hashed.
/// </summary>
internal sealed class DuplicateGroups
{
    private DuplicateGroups(int[] distinctOf, int[] firstItems, int[] memberStarts, int[] members)
    {
        DistinctOf = distinctOf;
        FirstItems = firstItems;
        MemberStarts = memberStarts;
        Members = members;
    }

    /// <summary>For each text, its distinct text's index, or -1 when it normalises to nothing.</summary>
    public int[] DistinctOf { get; }

    /// <summary>For each distinct text, the first (smallest) text index that has it.</summary>
    public int[] FirstItems { get; }

    public int DistinctCount => FirstItems.Length;

    /// <summary>The texts sharing distinct text <paramref name="d"/>, ascending.</summary>
    public ReadOnlySpan<int> MembersOf(int d) => Members.AsSpan(MemberStarts[d], MemberStarts[d + 1] - MemberStarts[d]);

    private int[] MemberStarts { get; }

    private int[] Members { get; }

    public static DuplicateGroups Group(string[] normalized)
    {
        var distinctOf = new int[normalized.Length];
        var firstItems = new List<int>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < normalized.Length; i++)
        {
            if (normalized[i].Length == 0)
            {
                distinctOf[i] = -1;
                continue;
            }

            if (!index.TryGetValue(normalized[i], out var d))
            {
                d = firstItems.Count;
                index.Add(normalized[i], d);
                firstItems.Add(i);
            }

            distinctOf[i] = d;
        }

        // Counting sort by distinct index keeps each group's texts ascending.
        var starts = new int[firstItems.Count + 1];
        foreach (var d in distinctOf)
        {
            if (d >= 0)
            {
                starts[d + 1]++;
            }
        }

        for (var d = 0; d < firstItems.Count; d++)
        {
            starts[d + 1] += starts[d];
        }

        var members = new int[starts[^1]];
        var cursor = starts[..^1];
        for (var i = 0; i < distinctOf.Length; i++)
        {
            if (distinctOf[i] >= 0)
            {
                members[cursor[distinctOf[i]]++] = i;
            }
        }

        return new DuplicateGroups(distinctOf, [.. firstItems], starts, members);
    }
}
