namespace SdgMap.Reuse;

/// <summary>Parallel loops over fixed index ranges: each range writes only its own slots, so results do not depend on scheduling.</summary>
internal static class Chunks
{
    public static void For(int count, int chunkSize, Action<int, int> body)
    {
        var chunks = (count + chunkSize - 1) / chunkSize;
        if (chunks == 0)
        {
            return;
        }

        if (chunks == 1)
        {
            body(0, count);
            return;
        }

        Parallel.For(0, chunks, c => body(c * chunkSize, Math.Min(count, (c + 1) * chunkSize)));
    }
}
