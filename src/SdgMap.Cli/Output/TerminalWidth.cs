using System.Globalization;

namespace SdgMap.Cli.Output;

/// <summary>How many columns a table may take: <c>COLUMNS</c>, else the terminal's width, else <see cref="Default"/>.</summary>
internal static class TerminalWidth
{
    /// <summary>The width when output is not a terminal (a file, a pipe) and <c>COLUMNS</c> is unset.</summary>
    public const int Default = 120;

    /// <summary>Narrower than this, tables would be mostly wrapping; they take this many columns instead.</summary>
    public const int Minimum = 40;

    /// <param name="toConsole">Whether output goes to this process's console, whose window width then counts.</param>
    public static int Detect(bool toConsole)
    {
        // COLUMNS first: shells export it, and it lets a user or a script choose the width of a pipe.
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0)
        {
            return Math.Max(columns, Minimum);
        }

        if (toConsole && !Console.IsOutputRedirected)
        {
            try
            {
                var window = Console.WindowWidth;
                if (window > 0)
                {
                    return Math.Max(window, Minimum);
                }
            }
            catch (IOException)
            {
                // No terminal to ask after all (a detached session): the default below.
            }
        }

        return Default;
    }
}
