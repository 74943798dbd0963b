using System.Globalization;

namespace SdgMap.Tests;

/// <summary>
/// Sets the UI culture for the rest of a test and puts the previous one back when disposed. The
/// culture flows with the test's thread and async context, so tests running in parallel do not see it.
/// </summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    private UiCulture(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    public static UiCulture Use(string name) => new(name);

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
