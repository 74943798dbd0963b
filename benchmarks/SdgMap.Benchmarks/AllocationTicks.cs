using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace SdgMap.Benchmarks;

/// <summary>The runtime's allocation-tick events (keyword GC, verbose), summed by the type allocated.</summary>
internal sealed class AllocationTicks : EventListener
{
    private const int AllocationTickEventId = 10;

    private long _total;

    public ConcurrentDictionary<string, long> ByType { get; } = new();

    public long Total => Interlocked.Read(ref _total);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId != AllocationTickEventId || eventData.PayloadNames is not { } names || eventData.Payload is not { } payload)
        {
            return;
        }

        var amountAt = names.IndexOf("AllocationAmount64");
        var amount = Convert.ToInt64(payload[amountAt >= 0 ? amountAt : names.IndexOf("AllocationAmount")], CultureInfo.InvariantCulture);
        var type = names.IndexOf("TypeName") is >= 0 and var at ? payload[at] as string ?? "?" : "?";
        ByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
        Interlocked.Add(ref _total, amount);
    }

    /// <summary>The <paramref name="top"/> types that took the most, largest first, one line each.</summary>
    public IEnumerable<string> Largest(int top) =>
        // A snapshot first: the runtime may still deliver events on its own thread while this reads.
        ByType.ToArray().OrderByDescending(p => p.Value).Take(top).Select(p => string.Create(CultureInfo.InvariantCulture, $"  {p.Value / 1e6,8:N1} MB  {p.Key}"));
}
