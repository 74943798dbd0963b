using System.Globalization;
using System.Runtime.CompilerServices;

namespace SdgMap.Tests.Resources;

internal static class TestCulture
{
    /// <summary>
    /// Tests read messages in English unless they set a culture themselves (<see cref="UiCulture"/>),
    /// whatever LANG the machine running them has.
    /// </summary>
    [ModuleInitializer]
    internal static void EnglishByDefault() => CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
}
