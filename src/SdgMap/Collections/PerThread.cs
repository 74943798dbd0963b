namespace SdgMap.Collections;

/// <summary>
/// One working object per thread, lent for one use at a time and kept for the next: a corpus
/// reads and indexes thousands of plans, and making these anew for each plan was a large part of
/// the garbage. A use inside another use on the same thread finds nothing lent and gets a new one.
/// </summary>
internal static class PerThread<T>
    where T : class, new()
{
    [ThreadStatic]
    private static T? t_kept;

    /// <summary>The thread's object, or a new one when it is lent out or was dropped.</summary>
    public static T Rent()
    {
        var item = t_kept ?? new T();
        t_kept = null;
        return item;
    }

    /// <summary>Gives the object back, emptied by the caller, to be kept for the thread's next use unless <paramref name="keep"/> is false (it grew too large to hold on to).</summary>
    public static void Return(T item, bool keep) => t_kept = keep ? item : null;
}
